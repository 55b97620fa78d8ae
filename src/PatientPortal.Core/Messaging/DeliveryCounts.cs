namespace PatientPortal.Core.Messaging;

/// <summary>
/// Where a set of messages stands, in the words staff read: waiting (not tried yet, or held for quiet hours),
/// retrying (failed at least once and will be tried again), and the final states. One rule for the delivery-health
/// banner and a bulk run's progress.
/// </summary>
public sealed record DeliveryCounts(int Waiting, int Retrying, int Sent, int Delivered, int Failed, int Suppressed)
{
    public static DeliveryCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>Messages that have not reached a final state yet.</summary>
    public int Outstanding => Waiting + Retrying;

    /// <param name="groups">How many messages are in each status, split by whether they have failed before (<see cref="OutboxMessage.FailingSince"/>).</param>
    public static DeliveryCounts From(IEnumerable<DeliveryCountGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var counts = None;
        foreach (var group in groups)
        {
            counts = group.Status switch
            {
                MessageStatus.Sent => counts with { Sent = counts.Sent + group.Count },
                MessageStatus.Delivered => counts with { Delivered = counts.Delivered + group.Count },
                // A possibly sent email is final too, and waits for staff with the failed ones (Failed deliveries).
                MessageStatus.Failed or MessageStatus.PossiblySent => counts with { Failed = counts.Failed + group.Count },
                MessageStatus.Suppressed => counts with { Suppressed = counts.Suppressed + group.Count },
                // Pending, Sending (and any state before a final one): still to go, first time or again.
                _ when group.HasFailed => counts with { Retrying = counts.Retrying + group.Count },
                _ => counts with { Waiting = counts.Waiting + group.Count },
            };
        }

        return counts;
    }
}

/// <summary>A count of messages in one status that have (or have not) failed before.</summary>
public sealed record DeliveryCountGroup(MessageStatus Status, bool HasFailed, int Count);
