using System.Diagnostics;
using Microsoft.Extensions.Options;
using PatientPortal.Infrastructure.Messaging.Sms;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

/// <summary>
/// The per-sender limit, measured where texts are let through (not where a busy test machine's HTTP stack
/// happens to deliver them). A late timer can only widen the gaps, never narrow them, so the bounds hold under load.
/// </summary>
public sealed class TwilioSendRateLimiterTests
{
    [Fact]
    public async Task SixTextsAtFiveASecond_FromOneSender_TakeAtLeastASecond_AndNoneIsRefused()
    {
        using var limiter = new TwilioSendRateLimiter(Options.Create(new TwilioOptions { MessagesPerSecond = 5 }));
        var clock = Stopwatch.StartNew();

        var granted = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var lease = await limiter.AcquireAsync("+441234567890", CancellationToken.None);
            return (lease.IsAcquired, clock.Elapsed);
        }));

        Assert.All(granted, grant => Assert.True(grant.IsAcquired));
        var times = granted.Select(grant => grant.Elapsed).Order().ToList();
        Assert.True(times[^1] - times[0] >= TimeSpan.FromMilliseconds(950), $"Six texts were let through within {(times[^1] - times[0]).TotalMilliseconds} ms.");
    }

    [Fact]
    public async Task SixtyTextsAtAHundredASecond_AreNotHeldToTenASecond()
    {
        // The partitioned limiter refills every 100 ms: one token a refill would take six seconds.
        using var limiter = new TwilioSendRateLimiter(Options.Create(new TwilioOptions { MessagesPerSecond = 100 }));
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, 60).Select(async _ =>
        {
            using var lease = await limiter.AcquireAsync("+441234567890", CancellationToken.None);
            Assert.True(lease.IsAcquired);
        }));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"Sixty texts at 100 a second took {clock.Elapsed.TotalMilliseconds} ms.");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(450), $"Sixty texts at 100 a second took only {clock.Elapsed.TotalMilliseconds} ms.");
    }

    [Fact]
    public async Task TwoSenders_DoNotWaitForEachOther()
    {
        // One text per 100 seconds: had the senders shared a limit, the second would wait that long.
        using var limiter = new TwilioSendRateLimiter(Options.Create(new TwilioOptions { MessagesPerSecond = 0.01 }));
        using var first = await limiter.AcquireAsync("+441111111111", CancellationToken.None);

        using var other = await limiter.AcquireAsync("MG-another-service", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(other.IsAcquired);
    }
}
