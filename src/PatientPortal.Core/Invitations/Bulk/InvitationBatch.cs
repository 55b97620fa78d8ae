namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>
/// A durable bulk invitation run. The selection is fixed when the run is created (one item per patient);
/// a worker takes a lease on the run and records each patient's outcome, so a run survives a dead worker
/// and is never worked by two at once.
/// </summary>
public sealed class InvitationBatch
{
    private InvitationBatch()
    {
        CreatedBy = string.Empty;
        Selection = string.Empty;
    }

    public Guid Id { get; private set; }

    public string CreatedBy { get; private set; }

    /// <summary>How the patients were chosen, in words, for the history ("filter: chargeband …", "12 selected").</summary>
    public string Selection { get; private set; }

    public InvitationBatchStatus Status { get; private set; }

    public int Total { get; private set; }

    public int Processed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public Guid? WorkerId { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public static InvitationBatch Create(string createdBy, string selection, int total, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CreatedBy = createdBy,
        Selection = selection,
        Total = total,
        Status = total == 0 ? InvitationBatchStatus.Completed : InvitationBatchStatus.Queued,
        CreatedAt = now,
        UpdatedAt = now,
        CompletedAt = total == 0 ? now : null,
    };

    public void RecordProgress(int processed, DateTimeOffset now)
    {
        Processed += processed;
        Status = InvitationBatchStatus.Running;
        UpdatedAt = now;
    }

    public void Complete(DateTimeOffset now)
    {
        Status = InvitationBatchStatus.Completed;
        CompletedAt = now;
        UpdatedAt = now;
        WorkerId = null;
        LeaseUntil = null;
    }
}
