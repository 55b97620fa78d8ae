using System.Collections.Concurrent;
using PatientPortal.Core.SignIn.Throttling;

namespace PatientPortal.Core.Tests.Support;

/// <summary>The failed sign-in counts as a dictionary, with the store's compare-and-set semantics.</summary>
internal sealed class InMemoryFailedSignInStore : IFailedSignInStore
{
    private readonly ConcurrentDictionary<string, FailedSignIns> _rows = new(StringComparer.Ordinal);

    public Task<FailedSignIns?> FindAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.TryGetValue(key, out var row) ? row : null);

    public Task<bool> TryStartAsync(FailedSignIns first, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.TryAdd(first.Key, first));

    public Task<bool> TryAdvanceAsync(string key, int expectedFailures, DateTimeOffset now, DateTimeOffset? blockedUntil, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.TryGetValue(key, out var row) && row.ConsecutiveFailures == expectedFailures
            && _rows.TryUpdate(key, row with { ConsecutiveFailures = expectedFailures + 1, LastFailureAt = now, BlockedUntil = blockedUntil }, row));

    public Task ClearAsync(string key, CancellationToken cancellationToken)
    {
        _rows.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
