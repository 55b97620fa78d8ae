using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PatientPortal.Core.SignIn.Sessions;
using PatientPortal.Infrastructure.Hosting;
using PatientPortal.Infrastructure.RateLimiting;

namespace PatientPortal.Infrastructure.Persistence;

/// <summary>
/// Every ten minutes deletes rows whose time is up: ended rate-limit windows and expired sign-in sessions, so
/// those tables stay the size of what is live. Only once the host is ready (<see cref="IHostReadiness"/>): an
/// Umbraco site being installed has no database to sweep yet.
/// </summary>
internal sealed class ExpiredRecordsSweeper(
    IRateLimitCounters counters,
    IServiceScopeFactory scopes,
    IHostReadiness readiness,
    TimeProvider timeProvider,
    ILogger<ExpiredRecordsSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await readiness.WhenReadyAsync("expired-records sweep", _ =>
        {
            ready.TrySetResult();
            return Task.CompletedTask;
        }, stoppingToken);
        await ready.Task.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await SweepAsync(stoppingToken);
        }
    }

    internal async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var now = timeProvider.GetUtcNow();
            await counters.DeleteExpiredAsync(now, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISignInSessionRepository>().DeleteExpiredAsync(now, cancellationToken);
        }
#pragma warning disable CA1031 // A failed sweep is retried at the next tick; it must not stop the host.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "Could not delete expired rate-limit windows and sign-in sessions");
        }
    }
}
