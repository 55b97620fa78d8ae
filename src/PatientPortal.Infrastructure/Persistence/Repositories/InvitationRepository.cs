using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class InvitationRepository(PatientPortalDbContext db) : IInvitationRepository
{
    public Task<Invitation?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.Invitations.FirstOrDefaultAsync(invitation => invitation.TokenHash == tokenHash, cancellationToken);

    public Task<Invitation?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Invitations.FirstOrDefaultAsync(invitation => invitation.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Invitation>> ListForPatientAsync(Guid patientId, CancellationToken cancellationToken) =>
        await db.Invitations.AsNoTracking().Where(invitation => invitation.PatientId == patientId)
            .OrderByDescending(invitation => invitation.CreatedAt).Take(100).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastInvitedAsync(IReadOnlyCollection<Guid> patientIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var recent = await db.Invitations.AsNoTracking()
            .Where(invitation => patientIds.Contains(invitation.PatientId) && invitation.CreatedAt >= since)
            .Select(invitation => new { invitation.PatientId, invitation.CreatedAt })
            .ToListAsync(cancellationToken);
        return recent.GroupBy(row => row.PatientId).ToDictionary(group => group.Key, group => group.Max(row => row.CreatedAt));
    }

    public void Add(Invitation invitation) => db.Invitations.Add(invitation);

    public Task AddRangeAsync(IReadOnlyCollection<Invitation> invitations, CancellationToken cancellationToken) =>
        BulkInsert.InsertAsync(db, invitations, cancellationToken);

    public Task<int> RevokeOpenAsync(IReadOnlyCollection<Guid> patientIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Invitations
            .Where(invitation => patientIds.Contains(invitation.PatientId) && invitation.CompletedAt == null && invitation.RevokedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(invitation => invitation.RevokedAt, now), cancellationToken);

    public Task<int> RevokeOpenSelfServiceAsync(Guid patientId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Invitations
            .Where(invitation => invitation.PatientId == patientId && invitation.Origin == InvitationOrigin.SelfService && invitation.CompletedAt == null && invitation.RevokedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(invitation => invitation.RevokedAt, now), cancellationToken);

    public async Task<int> RecordFailedIdentityCheckAsync(Guid invitationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One UPDATE counts and locks, so parallel guesses cannot slip past the limit.
        DateTimeOffset? lockedAt = now;
        await db.Invitations
            .Where(invitation => invitation.Id == invitationId)
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(invitation => invitation.FailedIdentityChecks, invitation => invitation.FailedIdentityChecks + 1)
                    .SetProperty(invitation => invitation.LockedAt, invitation => invitation.LockedAt == null && invitation.FailedIdentityChecks + 1 >= Invitation.MaxIdentityChecks ? lockedAt : invitation.LockedAt),
                cancellationToken);
        return await db.Invitations.Where(invitation => invitation.Id == invitationId).Select(invitation => invitation.FailedIdentityChecks).FirstAsync(cancellationToken);
    }

    public async Task<bool> TryCompleteAsync(Guid invitationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var updated = await db.Invitations
            .Where(invitation => invitation.Id == invitationId && invitation.CompletedAt == null && invitation.RevokedAt == null && invitation.LockedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(invitation => invitation.CompletedAt, now), cancellationToken);
        return updated == 1;
    }
}
