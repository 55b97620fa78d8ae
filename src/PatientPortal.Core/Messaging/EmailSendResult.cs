namespace PatientPortal.Core.Messaging;

public enum EmailSendOutcome
{
    /// <summary>The SMTP server took responsibility for it (or it was written to the pickup folder).</summary>
    Sent,

    /// <summary>Refused for good (a 5xx reply such as an unknown mailbox): sending again would fail the same way.</summary>
    Rejected,

    /// <summary>A connection failure or a 4xx reply before the server had the whole message: try again later.</summary>
    TransientFailure,

    /// <summary>
    /// The server had the whole message, then the connection dropped or timed out before its reply: it may have
    /// been delivered. SMTP has no way to ask, so it is not sent again unless staff choose to.
    /// </summary>
    PossiblySent,
}

public sealed record EmailSendResult(EmailSendOutcome Outcome, string? MessageId = null, string? Error = null);
