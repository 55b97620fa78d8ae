using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.SignIn.Sessions;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class SignInSessionRepository(PatientPortalDbContext db) : ISignInSessionRepository
{
    private DbSet<SignInSession> Sessions => db.Set<SignInSession>();

    public Task<SignInSession?> FindAsync(string key, CancellationToken cancellationToken) =>
        Sessions.AsNoTracking().FirstOrDefaultAsync(session => session.Key == key, cancellationToken);

    public async Task AddAsync(SignInSession session, CancellationToken cancellationToken)
    {
        Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(session).State = EntityState.Detached;
    }

    public async Task<bool> RenewAsync(string key, byte[] ticket, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await Sessions.Where(session => session.Key == key)
            .ExecuteUpdateAsync(setters => setters.SetProperty(session => session.Ticket, ticket).SetProperty(session => session.ExpiresAt, expiresAt), cancellationToken) == 1;

    public Task EndAsync(string key, CancellationToken cancellationToken) =>
        Sessions.Where(session => session.Key == key).ExecuteDeleteAsync(cancellationToken);

    public Task<int> EndAllForPatientAsync(Guid patientId, CancellationToken cancellationToken) =>
        Sessions.Where(session => session.PatientId == patientId).ExecuteDeleteAsync(cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Sessions.Where(session => session.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
}
