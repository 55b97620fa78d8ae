using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace PatientPortal.Web.Common;

/// <summary>
/// Per-client limits for public POSTs, built from ASP.NET Core's rate-limiting primitives. It is applied by a
/// filter on our own actions rather than by middleware, so a host needs no pipeline change to get it.
/// The client is the remote address; behind a proxy the host must apply forwarded headers first.
/// </summary>
public sealed class PublicRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public PublicRateLimiter(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.CreateChained(
            Window(limits.PermitsPerMinute, TimeSpan.FromMinutes(1)),
            Window(limits.PermitsPerHour, TimeSpan.FromHours(1)));
    }

    /// <summary>Takes one permit; when none is left, says how long the client should wait.</summary>
    public async ValueTask<TimeSpan?> TryAcquireAsync(HttpContext context)
    {
        using var lease = await _limiter.AcquireAsync(context, 1, context.RequestAborted);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();

    private static PartitionedRateLimiter<HttpContext> Window(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true }));
}
