using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Common;
using PatientPortal.Core.SignIn.Throttling;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Security;

/// <summary>
/// Failed sign-in counts in the package's database. Each write is one conditional statement in a scope of its own,
/// so concurrent attempts on any number of servers each move the count once, and the request's own unit of work
/// never saves anything on the store's behalf.
/// </summary>
internal sealed class DatabaseFailedSignInStore(IServiceScopeFactory scopes) : IFailedSignInStore
{
    public async Task<FailedSignIns?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await Failures(scope).AsNoTracking().FirstOrDefaultAsync(failures => failures.Key == key, cancellationToken);
    }

    public async Task<bool> TryStartAsync(FailedSignIns first, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        Failures(scope).Add(first);
        try
        {
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (UniqueConstraintViolationException)
        {
            return false;
        }
    }

    public async Task<bool> TryAdvanceAsync(string key, int expectedFailures, DateTimeOffset now, DateTimeOffset? blockedUntil, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var updated = await Failures(scope)
            .Where(failures => failures.Key == key && failures.ConsecutiveFailures == expectedFailures)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(failures => failures.ConsecutiveFailures, expectedFailures + 1)
                    .SetProperty(failures => failures.LastFailureAt, now)
                    .SetProperty(failures => failures.BlockedUntil, blockedUntil),
                cancellationToken);
        return updated == 1;
    }

    public async Task ClearAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Failures(scope).Where(failures => failures.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private static DbSet<FailedSignIns> Failures(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>().Set<FailedSignIns>();
}
