namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>Shared counters for fixed-window rate limits.</summary>
public interface IRateLimitCounters
{
    /// <summary>Counts one request in the window named by <paramref name="key"/> and returns the window's count so far.</summary>
    Task<int> IncrementAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>
    /// Counts in each window in a single write and returns each window's count so far, in the order given (a window
    /// named twice is counted twice; one counted by 0 is read in the same write).
    /// </summary>
    Task<IReadOnlyList<int>> IncrementAsync(IReadOnlyList<RateLimitIncrement> windows, CancellationToken cancellationToken);

    /// <summary>
    /// Opens the window named by <paramref name="key"/> if it is not open already (or has ended): true for exactly one
    /// caller across every server until <paramref name="expiresAt"/>.
    /// </summary>
    Task<bool> TryOpenAsync(string key, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The window's count so far without counting anything; 0 for a window nobody has opened.</summary>
    Task<int> CountAsync(string key, CancellationToken cancellationToken);

    /// <summary>Forgets windows that have ended.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
