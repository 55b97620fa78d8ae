namespace PatientPortal.Core.Messaging;

public enum EmailSendOutcome
{
    /// <summary>The SMTP server took responsibility for it (or it was written to the pickup folder).</summary>
    Sent,

    /// <summary>Refused for good (a 5xx reply such as an unknown mailbox): sending again would fail the same way.</summary>
    Rejected,

    /// <summary>A connection failure or a 4xx reply: try again later.</summary>
    TransientFailure,
}

public sealed record EmailSendResult(EmailSendOutcome Outcome, string? MessageId = null, string? Error = null);
