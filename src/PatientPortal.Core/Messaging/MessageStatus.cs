namespace PatientPortal.Core.Messaging;

/// <summary>Where one outbox message is. Only Pending (and Sending with an expired lease) is ever picked up.</summary>
public enum MessageStatus
{
    /// <summary>Waiting for a worker, possibly not before a time (quiet hours, retry backoff).</summary>
    Pending,

    /// <summary>Claimed by a worker until its lease runs out.</summary>
    Sending,

    /// <summary>Handed to the SMTP server or accepted by Twilio.</summary>
    Sent,

    /// <summary>The provider reported delivery to the handset (SMS status callback).</summary>
    Delivered,

    /// <summary>Gave up: refused for good, or still failing after the last attempt.</summary>
    Failed,

    /// <summary>Deliberately not sent; the reason says why (opted out, no consent).</summary>
    Suppressed,

    /// <summary>
    /// An email the mail server may have taken (it had the whole message, then no reply came). Never sent again by
    /// itself; listed with the failed deliveries, where staff can send it again.
    /// </summary>
    PossiblySent,
}
