namespace PatientPortal.Core.Messaging.Health;

public enum ChannelFailure
{
    /// <summary>Sending works (or nothing has been tried).</summary>
    None,

    /// <summary>Every try has failed for <see cref="DeliveryHealthOptions.AlertAfterFailingFor"/> or longer.</summary>
    ConsecutiveFailures,

    /// <summary>Too many of the recent messages are failing (<see cref="DeliveryHealthOptions.AlertFailureRate"/>).</summary>
    FailureRate,
}

/// <summary>Whether one channel is sending, as the banner, the alert and the management API tell it.</summary>
/// <param name="Since">When the failing began (failing channels only).</param>
/// <param name="RecentFailureRate">The share of the messages tried within the window that are failing; null when none was tried.</param>
/// <param name="AlertedAt">When the practice was told of this outage, and <paramref name="AlertedThrough"/> which channel told it.</param>
public sealed record ChannelHealth(
    MessageChannel Channel,
    ChannelFailure Failure,
    DateTimeOffset? Since,
    string? LastError,
    DateTimeOffset? LastFailureAt,
    DateTimeOffset? LastSentAt,
    double? RecentFailureRate,
    DeliveryCounts Counts,
    DateTimeOffset? AlertedAt = null,
    MessageChannel? AlertedThrough = null)
{
    public bool IsFailing => Failure != ChannelFailure.None;
}
