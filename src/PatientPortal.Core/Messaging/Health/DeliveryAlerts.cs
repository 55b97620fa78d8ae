using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Messaging.Health;

/// <summary>
/// The recurring check: follows each channel's health and tells the practice once when a channel goes down
/// (<see cref="DeliveryHealthOptions.AlertEmail"/>, or a text when email is down) and once when it is back.
/// </summary>
public sealed class DeliveryAlerts(
    DeliveryHealth health,
    IChannelOutageRepository outages,
    IUnitOfWork unitOfWork,
    DeliveryAlertSender sender,
    IAuditLog audit,
    PracticeClock clock,
    IOptions<PracticeOptions> practice,
    ILogger<DeliveryAlerts> logger)
{
    /// <summary>How long a worker's claim on a notice holds before another may send it (the first died mid-send).</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var channels = await health.CheckAsync(cancellationToken);
        var emailDown = channels.Any(channel => channel.Channel == MessageChannel.Email && channel.IsFailing);
        foreach (var channel in channels)
        {
            await FollowAsync(channel, emailDown, cancellationToken);
        }
    }

    private async Task FollowAsync(ChannelHealth channel, bool emailDown, CancellationToken cancellationToken)
    {
        var outage = await outages.FindAsync(channel.Channel, cancellationToken);
        if (outage is null)
        {
            if (!channel.IsFailing)
            {
                return;
            }

            outage = ChannelOutage.For(channel.Channel);
            outages.Add(outage);
        }

        var wasOpen = outage.IsOpen;
        // With nobody to tell, the first claim is never given up: the row is not written again every check.
        var notice = outage.Observe(channel, clock.UtcNow, sender.HasRecipient ? ClaimFor : TimeSpan.MaxValue);
        if (!await TrySaveAsync(cancellationToken))
        {
            return;
        }

        if (outage.IsOpen && !wasOpen)
        {
            logger.LogError("{Channel} is down since {Since}: {Error}", channel.Channel, outage.Since, LogValue.Safe(channel.LastError));
        }
        else if (!outage.IsOpen && wasOpen)
        {
            logger.LogInformation("{Channel} is sending again; it was down since {Since}", channel.Channel, outage.Since);
        }

        if (notice == DeliveryNotice.None || !sender.HasRecipient)
        {
            if (notice == DeliveryNotice.Alert)
            {
                logger.LogWarning("Nobody is told that {Channel} is down: set PatientPortal:Messaging:AlertEmail (and AlertSms)", channel.Channel);
            }

            return;
        }

        var text = notice == DeliveryNotice.Alert
            ? DeliveryAlertText.Alert(channel with { Since = outage.Since }, practice.Value.Name, clock.TimeZone, Culture)
            : DeliveryAlertText.Recovered(outage, channel, practice.Value.Name, clock.TimeZone, Culture);
        var messageId = $"{notice.ToString().ToLowerInvariant()}-{channel.Channel.ToString().ToLowerInvariant()}-{outage.Since!.Value.UtcTicks}@patient-portal";
        var through = await sender.SendAsync(text, messageId, emailDown, cancellationToken);
        await RecordAsync(channel.Channel, notice, through, cancellationToken);
    }

    /// <summary>Records what was sent; a change saved by another worker meanwhile is read again, so the record is never lost.</summary>
    private async Task RecordAsync(MessageChannel channel, DeliveryNotice notice, MessageChannel? through, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await outages.FindAsync(channel, cancellationToken) is not { } outage)
            {
                return;
            }

            var now = clock.UtcNow;
            if (through is not { } sentThrough)
            {
                outage.ReleaseClaim();
            }
            else if (notice == DeliveryNotice.Alert)
            {
                outage.Alerted(sentThrough, now);
                audit.Record(AuditActors.System, "delivery.alert.sent", details: $"{channel} down since {outage.Since:O}; told by {sentThrough}");
            }
            else
            {
                outage.RecoveryNoticeSent(now);
                audit.Record(AuditActors.System, "delivery.recovery.sent", details: $"{channel} sending again since {outage.RecoveredAt:O}; told by {sentThrough}");
            }

            if (await TrySaveAsync(cancellationToken))
            {
                return;
            }
        }

        logger.LogError("The {Notice} notice for {Channel} was sent but could not be recorded", notice, channel);
    }

    /// <summary>False when another worker saved the channel's row first: it has the claim, this one stands aside.</summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is ConcurrencyConflictException or UniqueConstraintViolationException)
        {
            unitOfWork.Forget();
            return false;
        }
    }

    private CultureInfo Culture => CultureInfo.GetCultureInfo(practice.Value.Culture);
}
