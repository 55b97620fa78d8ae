using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>A bulk run as the backoffice shows it: progress, outcomes per reason, and delivery of its messages.</summary>
public sealed record BatchProgress(
    InvitationBatch Batch,
    IReadOnlyDictionary<InviteOutcome, int> Outcomes,
    IReadOnlyDictionary<MessageStatus, int> Messages,
    IReadOnlyList<BatchItemView> Items);
