namespace PatientPortal.Core.Invitations.Bulk;

public interface IInvitationBatchRepository
{
    void Add(InvitationBatch batch);

    /// <summary>Stores the run's patients; saved in chunks, outside the change tracker's way.</summary>
    Task AddItemsAsync(Guid batchId, IReadOnlyList<Guid> patientIds, CancellationToken cancellationToken);

    Task<InvitationBatch?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<InvitationBatch>> ListRecentAsync(int take, CancellationToken cancellationToken);

    /// <summary>The next patients of the run with no outcome yet.</summary>
    Task<IReadOnlyList<Guid>> NextUnprocessedAsync(Guid batchId, int take, CancellationToken cancellationToken);

    /// <summary>Records what happened to each of these patients of the run.</summary>
    Task RecordOutcomesAsync(Guid batchId, IReadOnlyDictionary<Guid, InviteOutcome> outcomes, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<InviteOutcome, int>> CountOutcomesAsync(Guid batchId, CancellationToken cancellationToken);

    Task<IReadOnlyList<BatchItemView>> ListItemsAsync(Guid batchId, int skip, int take, CancellationToken cancellationToken);

    /// <summary>
    /// Takes or renews the run's lease for this worker; false when another live worker holds it. Runs inside
    /// each chunk's transaction, so two workers never record outcomes for the same run.
    /// </summary>
    Task<bool> TryLeaseAsync(Guid batchId, Guid workerId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>Unfinished runs no worker holds (never started, or their worker died).</summary>
    Task<IReadOnlyList<Guid>> ListAbandonedAsync(DateTimeOffset now, DateTimeOffset createdBefore, CancellationToken cancellationToken);
}
