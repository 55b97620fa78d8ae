namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>Shared counters for fixed-window rate limits.</summary>
public interface IRateLimitCounters
{
    /// <summary>Counts one request in the window named by <paramref name="key"/> and returns the window's count so far.</summary>
    Task<int> IncrementAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>
    /// Opens the window named by <paramref name="key"/> if it is not open already (or has ended): true for exactly one
    /// caller across every server until <paramref name="expiresAt"/>.
    /// </summary>
    Task<bool> TryOpenAsync(string key, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Forgets windows that have ended.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
