using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>Deletes ended rate-limit windows every ten minutes, so the table stays the size of the last hour.</summary>
internal sealed class RateLimitWindowSweeper(IRateLimitCounters counters, TimeProvider timeProvider, ILogger<RateLimitWindowSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await counters.DeleteExpiredAsync(timeProvider.GetUtcNow(), stoppingToken);
            }
#pragma warning disable CA1031 // A failed sweep is retried at the next tick; it must not stop the host.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogWarning(exception, "Could not delete ended rate-limit windows");
            }
        }
    }
}
