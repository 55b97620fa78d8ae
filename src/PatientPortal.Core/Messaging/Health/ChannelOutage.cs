namespace PatientPortal.Core.Messaging.Health;

/// <summary>What the practice must be told about a channel: nothing, that it is down, or that it is back.</summary>
public enum DeliveryNotice
{
    None,
    Alert,
    Recovered,
}

/// <summary>
/// The current (or last) outage of one channel, and whether the practice was told: one row per channel, so an
/// outage is alerted once and its recovery once. A notice is claimed (<see cref="ClaimedAt"/>, saved under
/// <see cref="Version"/>) before it is sent, so two workers checking at once send it once.
/// </summary>
public sealed class ChannelOutage
{
    private ChannelOutage()
    {
    }

    public MessageChannel Channel { get; private set; }

    /// <summary>When the outage began; null before the first one.</summary>
    public DateTimeOffset? Since { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? AlertedAt { get; private set; }

    public MessageChannel? AlertedThrough { get; private set; }

    /// <summary>When sending worked again; null while the outage lasts.</summary>
    public DateTimeOffset? RecoveredAt { get; private set; }

    public DateTimeOffset? RecoveryNoticeSentAt { get; private set; }

    /// <summary>A worker is sending a notice since then; another may take over once the claim is old.</summary>
    public DateTimeOffset? ClaimedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => Since is not null && RecoveredAt is null;

    public static ChannelOutage For(MessageChannel channel) => new() { Channel = channel };

    /// <summary>
    /// Follows the channel's health: opens an outage when it starts failing, closes it when it sends again, and
    /// answers the notice now due (claimed for this worker), if any. A recovery before anyone was told needs no notice.
    /// </summary>
    public DeliveryNotice Observe(ChannelHealth health, DateTimeOffset now, TimeSpan claimFor)
    {
        ArgumentNullException.ThrowIfNull(health);
        var changed = false;
        DeliveryNotice due;
        if (health.IsFailing)
        {
            if (!IsOpen)
            {
                (Since, AlertedAt, AlertedThrough, RecoveredAt, RecoveryNoticeSentAt, ClaimedAt) = (health.Since ?? now, null, null, null, null, null);
                changed = true;
            }

            if (health.LastError is { } error && error != LastError)
            {
                LastError = error;
                changed = true;
            }

            due = AlertedAt is null ? DeliveryNotice.Alert : DeliveryNotice.None;
        }
        else
        {
            if (IsOpen)
            {
                RecoveredAt = now;
                changed = true;
            }

            due = RecoveredAt is not null && AlertedAt is not null && RecoveryNoticeSentAt is null ? DeliveryNotice.Recovered : DeliveryNotice.None;
        }

        if (due != DeliveryNotice.None && !(ClaimedAt is { } claimed && now - claimed < claimFor))
        {
            ClaimedAt = now;
            changed = true;
        }
        else
        {
            due = DeliveryNotice.None;
        }

        if (changed)
        {
            Version++;
        }

        return due;
    }

    public void Alerted(MessageChannel through, DateTimeOffset now)
    {
        (AlertedAt, AlertedThrough, ClaimedAt) = (now, through, null);
        Version++;
    }

    public void RecoveryNoticeSent(DateTimeOffset now)
    {
        (RecoveryNoticeSentAt, ClaimedAt) = (now, null);
        Version++;
    }

    /// <summary>The notice could not be sent: the next check tries again.</summary>
    public void ReleaseClaim()
    {
        ClaimedAt = null;
        Version++;
    }
}
