using Microsoft.Extensions.Options;

namespace PatientPortal.Core.Messaging.Health;

/// <summary>Whether email and SMS are sending, judged now from the outbox rows.</summary>
public sealed class DeliveryHealth(IDeliveryActivity activity, IChannelOutageRepository outages, TimeProvider timeProvider, IOptions<DeliveryHealthOptions> options)
{
    public async Task<IReadOnlyList<ChannelHealth>> CheckAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        var channels = new List<ChannelHealth>();
        foreach (var channel in Enum.GetValues<MessageChannel>())
        {
            var read = await activity.ReadAsync(channel, now - settings.AlertFailureRateWindow, cancellationToken);
            channels.Add(DeliveryHealthRule.Judge(read, settings, now));
        }

        return channels;
    }

    /// <summary>
    /// As staff see it: a failing channel keeps the start of its outage as first seen (a failure-rate window moves on)
    /// and says when and how the practice was told.
    /// </summary>
    public async Task<IReadOnlyList<ChannelHealth>> ReportAsync(CancellationToken cancellationToken)
    {
        var channels = await CheckAsync(cancellationToken);
        var open = (await outages.ListAsync(cancellationToken)).Where(outage => outage.IsOpen).ToDictionary(outage => outage.Channel);
        return channels
            .Select(health => health.IsFailing && open.TryGetValue(health.Channel, out var outage)
                ? health with { Since = Earlier(outage.Since, health.Since), AlertedAt = outage.AlertedAt, AlertedThrough = outage.AlertedThrough }
                : health)
            .ToList();
    }

    private static DateTimeOffset? Earlier(DateTimeOffset? first, DateTimeOffset? second) =>
        first is { } a && second is { } b ? (a < b ? a : b) : first ?? second;
}
