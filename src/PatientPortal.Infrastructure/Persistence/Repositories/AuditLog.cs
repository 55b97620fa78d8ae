using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Audit;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class AuditLog(PatientPortalDbContext db, TimeProvider timeProvider, AuditActorKeys actorKeys) : IAuditLog
{
    public void Record(string actor, string action, string? subjectType = null, Guid? subjectId = null, string? details = null) =>
        db.AuditLog.Add(AuditEntry.Create(actor, action, subjectType, subjectId, details, timeProvider.GetUtcNow(), actorKeys.KeyOf(actor)));

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? subjectType, Guid? subjectId, int take, CancellationToken cancellationToken)
    {
        var query = db.AuditLog.AsNoTracking();
        if (subjectType is not null)
        {
            query = query.Where(entry => entry.SubjectType == subjectType);
        }

        if (subjectId is not null)
        {
            query = query.Where(entry => entry.SubjectId == subjectId);
        }

        return await query.OrderByDescending(entry => entry.Id).Take(take).ToListAsync(cancellationToken);
    }
}
