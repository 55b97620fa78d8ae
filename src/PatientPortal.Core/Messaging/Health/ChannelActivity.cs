namespace PatientPortal.Core.Messaging.Health;

/// <summary>What the outbox says about one channel's recent sending (read by <see cref="IDeliveryActivity"/>).</summary>
/// <param name="LastSentAt">When the mail server or the SMS provider last accepted a message of this channel.</param>
/// <param name="FailingSince">
/// The first failure after <paramref name="LastSentAt"/> of the messages failing since (every try since then has
/// failed); null when none is.
/// </param>
/// <param name="LastFailureAt">When the latest failure of a message not sent since happened.</param>
/// <param name="LastError">What that failure said.</param>
/// <param name="SentInWindow">Messages accepted within the failure-rate window.</param>
/// <param name="FailingInWindow">Messages whose latest try within the window failed and that are not sent yet.</param>
/// <param name="WindowFailingSince">The first failure of those, if any.</param>
/// <param name="Counts">Every message of the channel waiting, retrying, failed and so on.</param>
public sealed record ChannelActivity(
    MessageChannel Channel,
    DateTimeOffset? LastSentAt,
    DateTimeOffset? FailingSince,
    DateTimeOffset? LastFailureAt,
    string? LastError,
    int SentInWindow,
    int FailingInWindow,
    DateTimeOffset? WindowFailingSince,
    DeliveryCounts Counts);
