using System.Globalization;
using System.Net;

namespace PatientPortal.Core.Messaging.Health;

/// <summary>What the practice is told about an outage, by email (subject and body) or by text.</summary>
public sealed record DeliveryAlertText(string Subject, string Body, string Sms)
{
    private const int SmsErrorLength = 60;

    public string Html => $"<p>{WebUtility.HtmlEncode(Body).Replace("\n", "<br>\n", StringComparison.Ordinal)}</p>";

    public static DeliveryAlertText Alert(ChannelHealth health, string practice, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(health);
        var channel = Name(health.Channel);
        var since = health.Since ?? health.LastFailureAt ?? DateTimeOffset.MinValue;
        var what = health.Failure == ChannelFailure.FailureRate
            ? $"{Percent(health.RecentFailureRate)} of the messages tried recently did not go, since {Time(since, zone, culture)}"
            : $"every try since {Time(since, zone, culture)} has failed";
        var counts = health.Counts;
        var body = string.Join('\n',
            $"The patient portal of {practice} cannot send {channel}: {what}.",
            $"Last error: {health.LastError ?? "none recorded"}",
            $"Waiting to send: {counts.Waiting}. Retrying after a failure: {counts.Retrying}. Failed (need sending again by hand): {counts.Failed}.",
            "Nothing is lost: the messages are kept and go out when sending works again; you will be told when it does.",
            "Staff see this on the Patient Portal dashboard and the Failed deliveries screen.");
        var sms = $"{practice} patient portal: {channel} not sending since {Time(since, zone, culture)} ({Short(health.LastError)}). {counts.Waiting} waiting, {counts.Retrying} retrying. You will be told when it recovers.";
        return new($"Patient portal: {channel} is down", body, sms);
    }

    public static DeliveryAlertText Recovered(ChannelOutage outage, ChannelHealth health, string practice, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(outage);
        ArgumentNullException.ThrowIfNull(health);
        var channel = Name(outage.Channel);
        var from = Time(outage.Since ?? DateTimeOffset.MinValue, zone, culture);
        var to = Time(outage.RecoveredAt ?? DateTimeOffset.MinValue, zone, culture);
        var body = string.Join('\n',
            $"The patient portal of {practice} is sending {channel} again (since {to}; it was failing from {from}).",
            $"Still waiting to send: {health.Counts.Waiting}. Retrying: {health.Counts.Retrying}; they go out at their next try. Failed (need sending again by hand): {health.Counts.Failed}.");
        var sms = $"{practice} patient portal: {channel} is sending again since {to} (failing from {from}). {health.Counts.Failed} failed need sending again.";
        return new($"Patient portal: {channel} is back", body, sms);
    }

    private static string Name(MessageChannel channel) => channel == MessageChannel.Sms ? "SMS" : "email";

    private static string Time(DateTimeOffset time, TimeZoneInfo zone, CultureInfo culture) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("HH:mm 'on' d MMM", culture);

    private static string Percent(double? rate) => $"{Math.Round((rate ?? 0) * 100):0}%";

    private static string Short(string? error) => error is null ? "no error recorded" : error.Length <= SmsErrorLength ? error : error[..SmsErrorLength] + "…";
}
