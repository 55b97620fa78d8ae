using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Hosting;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>
/// Runs the package's jobs in this process while <see cref="IJobServerRole"/> says so: registers the recurring jobs,
/// queues the sweep at start, and starts a Hangfire server that listens to the package's queue only, unless the host
/// runs a server of its own here (which then serves the queue; docs/decisions/0011). The role is asked again every
/// <see cref="JobsOptions.ServerRoleCheckInterval"/>, and the server stops when the answer turns to no.
/// </summary>
internal sealed class PatientPortalJobServer(
    IServiceProvider services,
    IOptions<JobsOptions> options,
    IOptions<MessagingOptions> messaging,
    IHostReadiness readiness,
    IJobServerRole role,
    HostHangfire host,
    TimeProvider clock,
    ILogger<PatientPortalJobServer> logger) : IHostedService, IDisposable
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BackgroundJobServer? _server;
    private ITimer? _timer;
    private bool _running;
    private JobServerRoleAnswer? _lastAnswer;
    private bool _stopping;
    private Task? _stopped;

    /// <summary>On a host that is not ready yet (an Umbraco site being installed or upgraded), the jobs start once it is.</summary>
    public Task StartAsync(CancellationToken cancellationToken) =>
        readiness.WhenReadyAsync("job server", BeginAsync, cancellationToken);

    private async Task BeginAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            // Ready only after the host was stopped: nothing starts.
            if (_stopped is not null)
            {
                return;
            }

            var interval = options.Value.ServerRoleCheckInterval;
            _timer = clock.CreateTimer(_ => _ = RecheckAsync(), null, interval, interval);
        }

        await ReconcileAsync(cancellationToken);
    }

    private async Task RecheckAsync()
    {
        try
        {
            await ReconcileAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // A failed check is tried again at the next tick; the host must not go down for it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "PatientPortal could not start or stop its jobs after asking this server's role again");
        }
    }

    private async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_stopping)
            {
                return;
            }

            var answer = role.Answer();
            if (answer.RunsJobs != _lastAnswer?.RunsJobs || _lastAnswer is null)
            {
                _lastAnswer = answer;
                Log(answer);
            }

            if (answer.RunsJobs == true && !_running)
            {
                StartJobs();
                _running = true;
            }
            else if (answer.RunsJobs == false && _running)
            {
                _running = false;
                if (Interlocked.Exchange(ref _server, null) is { } server)
                {
                    await StopServerAsync(server, cancellationToken);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Log(JobServerRoleAnswer answer)
    {
        switch (answer.RunsJobs)
        {
            case true:
                logger.LogInformation("PatientPortal runs its jobs on this server ({Reason})", answer.Reason);
                break;
            case false:
                logger.LogInformation("PatientPortal does not run its jobs on this server ({Reason}); another server runs them, and this one still queues them", answer.Reason);
                break;
            default:
                logger.LogInformation("PatientPortal's jobs wait until this server knows whether to run them ({Reason})", answer.Reason);
                break;
        }
    }

    private void StartJobs()
    {
        var settings = options.Value;

        // Resolving the configuration applies the serializer settings before the first job is read.
        services.GetRequiredService<IGlobalConfiguration>();
        if (host.HasServer)
        {
            logger.LogWarning(
                "PatientPortal runs no Hangfire server of its own: the site runs one in this process. The package's jobs are on queue '{Queue}'; "
                + "that server must listen to it (AddHangfireServer(options => options.Queues = [\"default\", \"{Queue}\"])), or messages wait in the outbox",
                settings.Queue,
                settings.Queue);
        }
        else
        {
            _server = new BackgroundJobServer(
                new BackgroundJobServerOptions
                {
                    Queues = [settings.Queue],
                    WorkerCount = settings.WorkerCount,
                    SchedulePollingInterval = settings.SchedulePollingInterval,
                    // Long enough for a provider call under way at the stop to finish and be recorded (15 s by default, Hangfire's own).
                    ShutdownTimeout = messaging.Value.SendStopGrace + TimeSpan.FromSeconds(5),
                    ServerName = $"patient-portal:{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}",
                    Activator = services.GetRequiredService<JobActivator>(),
                },
                services.GetRequiredService<JobStorage>());
        }

        services.GetRequiredService<PatientPortalRecurringJobs>().Register();
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // Once, and every caller waits for it: a host may be stopped twice at once (its own run loop and whoever
        // asked it to stop) and again when disposed, after its services are gone (WebApplicationFactory does both).
        lock (_lock)
        {
            _stopped ??= StopOnceAsync(cancellationToken);
            return _stopped.WaitAsync(cancellationToken);
        }
    }

    private async Task StopOnceAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        await _gate.WaitAsync(cancellationToken);
        BackgroundJobServer? server;
        try
        {
            _stopping = true;
            server = Interlocked.Exchange(ref _server, null);
        }
        finally
        {
            _gate.Release();
        }

        if (server is not null)
        {
            await StopServerAsync(server, cancellationToken);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _stopped ??= Task.CompletedTask;
        }

        _timer?.Dispose();
        _server?.Dispose();
        _gate.Dispose();
    }

    private static async Task StopServerAsync(BackgroundJobServer server, CancellationToken cancellationToken)
    {
        server.SendStop();
        await server.WaitForShutdownAsync(cancellationToken);
        server.Dispose();
    }
}
