namespace PatientPortal.Core.Messaging.Health;

/// <summary>
/// Decides from a channel's activity whether it is down: every try failing for a while, or too many of the
/// recent messages failing. Nothing tried means nothing is known to be wrong.
/// </summary>
public static class DeliveryHealthRule
{
    public static ChannelHealth Judge(ChannelActivity activity, DeliveryHealthOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(options);
        var tried = activity.SentInWindow + activity.FailingInWindow;
        double? rate = tried == 0 ? null : (double)activity.FailingInWindow / tried;
        var windowStart = now - options.AlertFailureRateWindow;

        var (failure, since) = activity.FailingSince is { } failingSince && now - failingSince >= options.AlertAfterFailingFor
            ? (ChannelFailure.ConsecutiveFailures, failingSince)
            : tried >= options.AlertFailureRateMinimum && rate >= options.AlertFailureRate
                ? (ChannelFailure.FailureRate, Later(activity.WindowFailingSince, windowStart))
                : (ChannelFailure.None, (DateTimeOffset?)null);

        return new ChannelHealth(
            activity.Channel,
            failure,
            since,
            activity.LastError,
            activity.LastFailureAt,
            activity.LastSentAt,
            rate,
            activity.Counts);
    }

    private static DateTimeOffset Later(DateTimeOffset? value, DateTimeOffset floor) => value is { } time && time > floor ? time : floor;
}
