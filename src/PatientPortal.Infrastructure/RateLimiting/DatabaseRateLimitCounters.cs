using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Common;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>
/// Counters in the package's database. The increment is one conditional UPDATE, so concurrent requests on
/// any number of servers are all counted; the first request of a window inserts its row.
/// </summary>
internal sealed class DatabaseRateLimitCounters(IServiceScopeFactory scopes) : IRateLimitCounters
{
    public async Task<int> IncrementAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        // Its own scope: the request's context must not save anything on the limiter's behalf.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var windows = db.Set<RateLimitWindow>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var updated = await windows.Where(window => window.Key == key)
                .ExecuteUpdateAsync(setters => setters.SetProperty(window => window.Count, window => window.Count + 1), cancellationToken);
            if (updated == 1)
            {
                return await windows.Where(window => window.Key == key).Select(window => window.Count).SingleAsync(cancellationToken);
            }

            try
            {
                windows.Add(new RateLimitWindow(key, 1, expiresAt));
                await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
                return 1;
            }
            catch (UniqueConstraintViolationException)
            {
                // Another server opened the window first: count on its row.
                db.ChangeTracker.Clear();
            }
        }

        throw new InvalidOperationException($"Could not count a request in rate-limit window '{key}'.");
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

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        return await db.Set<RateLimitWindow>().Where(window => window.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
    }
}
