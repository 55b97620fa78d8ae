namespace PatientPortal.Core.Invitations.Funnel;

/// <summary>How far an invitation got; each stage includes the ones after it.</summary>
public enum FunnelStage
{
    /// <summary>Created, but no message carrying it has gone out (waiting, failed or not sent).</summary>
    Created,

    /// <summary>A message carrying it was accepted by the SMTP server or by Twilio.</summary>
    Sent,

    /// <summary>Twilio reported the SMS delivered, or an email was accepted (email has no delivery receipts).</summary>
    Delivered,

    Opened,

    Completed,
}
