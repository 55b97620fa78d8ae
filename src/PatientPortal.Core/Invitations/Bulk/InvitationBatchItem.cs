namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>One patient of a bulk run and, once handled, what happened.</summary>
public sealed class InvitationBatchItem
{
    private InvitationBatchItem()
    {
    }

    public long Id { get; private set; }

    public Guid BatchId { get; private set; }

    public Guid PatientId { get; private set; }

    public InviteOutcome? Outcome { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public static InvitationBatchItem For(Guid batchId, Guid patientId) => new() { BatchId = batchId, PatientId = patientId };
}
