namespace PatientPortal.Core.Messaging;

/// <summary>Sends one SMS. The production implementation is a typed client for Twilio's Messages API.</summary>
public interface ISmsSender
{
    /// <summary>
    /// Sends the message, retrying transient failures itself. Expected outcomes (accepted, refused, opted out,
    /// still failing after the retries) are values; only cancellation throws.
    /// </summary>
    Task<SmsSendResult> SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
