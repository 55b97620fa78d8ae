using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Common;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>
/// Counters in the package's database. Increments go through <see cref="GroupedCounterWrites"/>: one atomic upsert
/// for all the windows of a request (and of the requests waiting with it), so concurrent requests on any number of
/// servers are all counted and each is answered its own count.
/// </summary>
internal sealed class DatabaseRateLimitCounters(IServiceScopeFactory scopes, GroupedCounterWrites writes) : IRateLimitCounters
{
    public async Task<int> IncrementAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        (await IncrementAsync([new RateLimitIncrement(key, expiresAt)], cancellationToken))[0];

    public async Task<IReadOnlyList<int>> IncrementAsync(IReadOnlyList<RateLimitIncrement> windows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(windows);
        foreach (var window in windows)
        {
            ArgumentException.ThrowIfNullOrEmpty(window.Key, nameof(windows));
            ArgumentOutOfRangeException.ThrowIfNegative(window.By, nameof(windows));
        }

        return await writes.IncrementAsync(windows, cancellationToken);
    }

    public async Task<bool> TryOpenAsync(string key, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var windows = db.Set<RateLimitWindow>();
        // A window that has ended but not been swept yet opens again; one that is open stays closed to everyone else.
        var reopened = await windows.Where(window => window.Key == key && window.ExpiresAt <= now)
            .ExecuteUpdateAsync(setters => setters.SetProperty(window => window.Count, 1).SetProperty(window => window.ExpiresAt, expiresAt), cancellationToken);
        if (reopened == 1)
        {
            return true;
        }

        if (await windows.AnyAsync(window => window.Key == key, cancellationToken))
        {
            return false;
        }

        try
        {
            windows.Add(new RateLimitWindow(key, 1, expiresAt));
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (UniqueConstraintViolationException)
        {
            return false;
        }
    }

    public async Task<int> CountAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        return await db.Set<RateLimitWindow>().Where(window => window.Key == key).Select(window => window.Count).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        return await db.Set<RateLimitWindow>().Where(window => window.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
    }
}
