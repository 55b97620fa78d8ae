using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PatientPortal.Infrastructure.RateLimiting;

namespace PatientPortal.Web.Common;

/// <summary>
/// Per-client fixed-window limits for public POSTs (a per-minute and a per-hour window). The counters live in
/// the package's database, so the limits hold across every server of a site. The client is the remote
/// address; behind a proxy the host must apply forwarded headers first.
/// </summary>
public sealed class PublicRateLimiter(IRateLimitCounters counters, IOptions<RateLimitOptions> options, TimeProvider timeProvider)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>Counts one request; when the client is over a limit, says how long it should wait.</summary>
    public async ValueTask<TimeSpan?> TryAcquireAsync(HttpContext context) => (await TryAcquireAsync(context, [])).RetryAfter;

    /// <summary>
    /// Counts one request in the client's windows and in <paramref name="alsoCount"/>, all in one write; says how long
    /// the client should wait when it is over a limit, and the counts of <paramref name="alsoCount"/>.
    /// </summary>
    public async ValueTask<(TimeSpan? RetryAfter, IReadOnlyList<int> AlsoCounted)> TryAcquireAsync(HttpContext context, IReadOnlyList<RateLimitIncrement> alsoCount)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(alsoCount);
        var client = ClientOf(context);
        var now = timeProvider.GetUtcNow();
        var limits = options.Value;
        var minute = FixedWindow.At(now, Minute);
        var hour = FixedWindow.At(now, Hour);
        var counts = await counters.IncrementAsync(
            [new(minute.Key($"public-post|{client}"), minute.End), new(hour.Key($"public-post|{client}"), hour.End), .. alsoCount],
            context.RequestAborted);
        TimeSpan? retryAfter = counts[0] > limits.PermitsPerMinute ? minute.End - now
            : counts[1] > limits.PermitsPerHour ? hour.End - now
            : null;
        return (retryAfter, counts.Skip(2).ToList());
    }

    /// <summary>Who a request counts against: its remote address.</summary>
    public static string ClientOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
