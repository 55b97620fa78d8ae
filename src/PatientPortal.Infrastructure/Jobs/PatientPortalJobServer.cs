using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Infrastructure.Hosting;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>
/// Runs a Hangfire server in this process when <see cref="JobsOptions.RunServer"/> is on, registers the
/// recurring sweep, the delivery-health check and the daily recall job, and runs the sweep once at start so messages left from before a restart go out at once.
/// </summary>
internal sealed class PatientPortalJobServer(IServiceProvider services, IOptions<JobsOptions> options, IOptions<MessagingOptions> messaging, IHostReadiness readiness) : IHostedService, IDisposable
{
    private readonly Lock _lock = new();
    private BackgroundJobServer? _server;
    private Task? _stopped;

    /// <summary>On a host that is not ready yet (an Umbraco site being installed or upgraded), the server starts once it is.</summary>
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.RunServer ? readiness.WhenReadyAsync("job server", _ => StartServer(), cancellationToken) : Task.CompletedTask;

    private Task StartServer()
    {
        var settings = options.Value;
        lock (_lock)
        {
            // Ready only after the host was stopped: nothing starts.
            if (_stopped is not null)
            {
                return Task.CompletedTask;
            }
        }

        // Resolving the configuration applies the serializer settings before the first job is read.
        services.GetRequiredService<IGlobalConfiguration>();
        var storage = services.GetRequiredService<JobStorage>();
        _server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                WorkerCount = settings.WorkerCount,
                SchedulePollingInterval = settings.SchedulePollingInterval,
                // Long enough for a provider call under way at the stop to finish and be recorded (15 s by default, Hangfire's own).
                ShutdownTimeout = messaging.Value.SendStopGrace + TimeSpan.FromSeconds(5),
                ServerName = $"patient-portal:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}",
                Activator = services.GetRequiredService<JobActivator>(),
            },
            storage);
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<OutboxSweepJob>(OutboxSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), settings.SweepCron);
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<DeliveryHealthJob>(DeliveryHealthJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), settings.DeliveryHealthCron);
        var practiceZone = services.GetRequiredService<PracticeClock>().TimeZone;
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<RecallJob>(RecallJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), settings.RecallCron, new RecurringJobOptions { TimeZone = practiceZone });
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<PaymentRequestsJob>(PaymentRequestsJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), settings.PaymentRequestsCron);
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxSweepJob>(job => job.RunAsync(CancellationToken.None));
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<PaymentRequestsJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Once, and every caller waits for it: a host may be stopped twice at once (its own run loop and whoever
        // asked it to stop) and again when disposed, after its services are gone (WebApplicationFactory does both).
        lock (_lock)
        {
            _stopped ??= _server is { } server ? StopServerAsync(server, cancellationToken) : Task.CompletedTask;
            return _stopped.WaitAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _stopped ??= Task.CompletedTask;
        }

        _server?.Dispose();
    }

    private static async Task StopServerAsync(BackgroundJobServer server, CancellationToken cancellationToken)
    {
        server.SendStop();
        await server.WaitForShutdownAsync(cancellationToken);
    }
}
