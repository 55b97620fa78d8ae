using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>A bulk run as the backoffice shows it: progress, outcomes per reason, and delivery of its messages.</summary>
/// <param name="Delivery">Its messages waiting, retrying after a failure, sent, failed: a run that is done inviting may still be sending.</param>
public sealed record BatchProgress(
    InvitationBatch Batch,
    IReadOnlyDictionary<InviteOutcome, int> Outcomes,
    IReadOnlyDictionary<MessageStatus, int> Messages,
    DeliveryCounts Delivery,
    IReadOnlyList<BatchItemView> Items)
{
    public static BatchProgress Of(InvitationBatch batch, IReadOnlyDictionary<InviteOutcome, int> outcomes, IReadOnlyList<DeliveryCountGroup> messages, IReadOnlyList<BatchItemView> items)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var byStatus = messages.GroupBy(group => group.Status).ToDictionary(status => status.Key, status => status.Sum(group => group.Count));
        return new(batch, outcomes, byStatus, DeliveryCounts.From(messages), items);
    }
}
