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
    public async ValueTask<TimeSpan?> TryAcquireAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var client = ClientOf(context);
        var now = timeProvider.GetUtcNow();
        var limits = options.Value;
        return await OverLimitAsync(client, now, Minute, limits.PermitsPerMinute, context.RequestAborted)
            ?? await OverLimitAsync(client, now, Hour, limits.PermitsPerHour, context.RequestAborted);
    }

    /// <summary>Who a request counts against: its remote address.</summary>
    public static string ClientOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    private async Task<TimeSpan?> OverLimitAsync(string client, DateTimeOffset now, TimeSpan length, int permits, CancellationToken cancellationToken)
    {
        var window = FixedWindow.At(now, length);
        var count = await counters.IncrementAsync(window.Key($"public-post|{client}"), window.End, cancellationToken);
        return count > permits ? window.End - now : null;
    }
}
