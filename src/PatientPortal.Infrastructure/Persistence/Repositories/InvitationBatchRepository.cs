using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Invitations.Bulk;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class InvitationBatchRepository(PatientPortalDbContext db) : IInvitationBatchRepository
{
    private const int InsertChunk = 2_000;

    public void Add(InvitationBatch batch) => db.InvitationBatches.Add(batch);

    public async Task AddItemsAsync(Guid batchId, IReadOnlyList<Guid> patientIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in patientIds.Chunk(InsertChunk))
        {
            await BulkInsert.InsertAsync(db, chunk.Select(patientId => InvitationBatchItem.For(batchId, patientId)).ToList(), cancellationToken);
        }
    }

    public Task<InvitationBatch?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.InvitationBatches.FirstOrDefaultAsync(batch => batch.Id == id, cancellationToken);

    public async Task<IReadOnlyList<InvitationBatch>> ListRecentAsync(int take, CancellationToken cancellationToken) =>
        await db.InvitationBatches.AsNoTracking().OrderByDescending(batch => batch.CreatedAt).Take(take).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> NextUnprocessedAsync(Guid batchId, int take, CancellationToken cancellationToken) =>
        await db.InvitationBatchItems.Where(item => item.BatchId == batchId && item.Outcome == null)
            .OrderBy(item => item.Id).Take(take).Select(item => item.PatientId).ToListAsync(cancellationToken);

    public async Task RecordOutcomesAsync(Guid batchId, IReadOnlyDictionary<Guid, InviteOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One UPDATE per outcome rather than one per patient.
        DateTimeOffset? processedAt = now;
        foreach (var group in outcomes.GroupBy(pair => pair.Value, pair => pair.Key))
        {
            InviteOutcome? outcome = group.Key;
            var patientIds = group.ToList();
            await db.InvitationBatchItems
                .Where(item => item.BatchId == batchId && patientIds.Contains(item.PatientId))
                .ExecuteUpdateAsync(setters => setters.SetProperty(item => item.Outcome, outcome).SetProperty(item => item.ProcessedAt, processedAt), cancellationToken);
        }
    }

    public async Task<IReadOnlyDictionary<InviteOutcome, int>> CountOutcomesAsync(Guid batchId, CancellationToken cancellationToken) =>
        await db.InvitationBatchItems.Where(item => item.BatchId == batchId && item.Outcome != null)
            .GroupBy(item => item.Outcome!.Value)
            .Select(group => new { Outcome = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Outcome, row => row.Count, cancellationToken);

    public async Task<IReadOnlyList<BatchItemView>> ListItemsAsync(Guid batchId, int skip, int take, CancellationToken cancellationToken) =>
        await db.InvitationBatchItems.AsNoTracking().Where(item => item.BatchId == batchId)
            .OrderBy(item => item.Id).Skip(skip).Take(take)
            .Join(db.Patients, item => item.PatientId, patient => patient.Id, (item, patient) => new
            {
                item.PatientId,
                Name = patient.GivenName + " " + patient.FamilyName,
                item.Outcome,
                InvitationId = db.Invitations.Where(invitation => invitation.BatchId == batchId && invitation.PatientId == item.PatientId).Select(invitation => (Guid?)invitation.Id).FirstOrDefault(),
                item.ProcessedAt,
            })
            .Select(row => new BatchItemView(row.PatientId, row.Name, row.Outcome, row.InvitationId, row.ProcessedAt))
            .ToListAsync(cancellationToken);

    public async Task<bool> TryLeaseAsync(Guid batchId, Guid workerId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var updated = await db.InvitationBatches
            .Where(batch => batch.Id == batchId && batch.Status != InvitationBatchStatus.Completed
                && (batch.WorkerId == null || batch.WorkerId == workerId || batch.LeaseUntil == null || batch.LeaseUntil < now))
            .ExecuteUpdateAsync(setters => setters.SetProperty(batch => batch.WorkerId, workerId).SetProperty(batch => batch.LeaseUntil, leaseUntil), cancellationToken);
        return updated == 1;
    }

    public async Task<IReadOnlyList<Guid>> ListAbandonedAsync(DateTimeOffset now, DateTimeOffset createdBefore, CancellationToken cancellationToken) =>
        await db.InvitationBatches.AsNoTracking()
            .Where(batch => batch.Status != InvitationBatchStatus.Completed && batch.CreatedAt < createdBefore && (batch.LeaseUntil == null || batch.LeaseUntil < now))
            .Select(batch => batch.Id).ToListAsync(cancellationToken);
}
