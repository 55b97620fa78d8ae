using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// At most <see cref="TwilioOptions.MessagesPerSecond"/> texts per second per sender, across the process.
/// Callers wait for their turn rather than fail: Twilio queues the excess and answers 429 when its queue is full.
/// </summary>
internal sealed class TwilioSendRateLimiter(IOptions<TwilioOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(sender =>
        RateLimitPartition.GetTokenBucketLimiter(sender, _ =>
        {
            var perSecond = options.Value.MessagesPerSecond;
            // A bucket of one token refilled every 1/rate seconds spaces the texts evenly. The partitioned limiter
            // refills its partitions only every 100 ms, so above 10 a second each refill lets several through
            // (rounded down: never more than the rate).
            var period = TimeSpan.FromSeconds(Math.Max(1 / perSecond, 0.1));
            var perPeriod = Math.Max(1, (int)Math.Floor(perSecond * period.TotalSeconds));
            return new TokenBucketRateLimiterOptions
            {
                TokenLimit = perPeriod,
                TokensPerPeriod = perPeriod,
                ReplenishmentPeriod = period,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            };
        }));

    public async Task<RateLimitLease> AcquireAsync(string sender, CancellationToken cancellationToken) =>
        await _limiter.AcquireAsync(sender, 1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
