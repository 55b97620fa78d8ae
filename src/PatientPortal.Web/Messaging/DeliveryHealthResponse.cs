using PatientPortal.Core.Messaging;
using PatientPortal.Core.Messaging.Health;

namespace PatientPortal.Web.Messaging;

/// <summary>Whether email and SMS are sending, as the dashboard's and the failed-deliveries screen's banner show it.</summary>
public sealed record DeliveryHealthResponse(DateTimeOffset CheckedAt, IReadOnlyList<ChannelHealthResponse> Channels);

/// <param name="Status"><c>Healthy</c> or <c>Failing</c>.</param>
/// <param name="Failure">Why it counts as failing: <c>ConsecutiveFailures</c> (every try for a while) or <c>FailureRate</c> (too many recent ones); null when healthy.</param>
/// <param name="Since">When the failing began.</param>
/// <param name="RecentFailurePercent">Of the messages tried within the failure-rate window, the percentage failing; null when none was tried.</param>
/// <param name="Waiting">Messages not tried yet (or held for quiet hours).</param>
/// <param name="Retrying">Messages that failed and will be tried again.</param>
/// <param name="Failed">Messages that gave up and wait to be sent again by hand.</param>
/// <param name="AlertedAt">When the practice was told of this outage, and <paramref name="AlertedThrough"/> by which channel.</param>
public sealed record ChannelHealthResponse(
    string Channel,
    string Status,
    string? Failure,
    DateTimeOffset? Since,
    string? LastError,
    DateTimeOffset? LastFailureAt,
    DateTimeOffset? LastSentAt,
    int? RecentFailurePercent,
    int Waiting,
    int Retrying,
    int Failed,
    DateTimeOffset? AlertedAt,
    string? AlertedThrough)
{
    public static ChannelHealthResponse From(ChannelHealth health)
    {
        ArgumentNullException.ThrowIfNull(health);
        return new(
            health.Channel.ToString(),
            health.IsFailing ? "Failing" : "Healthy",
            health.IsFailing ? health.Failure.ToString() : null,
            health.Since,
            health.LastError,
            health.LastFailureAt,
            health.LastSentAt,
            health.RecentFailureRate is { } rate ? (int)Math.Round(rate * 100) : null,
            health.Counts.Waiting,
            health.Counts.Retrying,
            health.Counts.Failed,
            health.AlertedAt,
            health.AlertedThrough?.ToString());
    }
}
