namespace PatientPortal.Core.Messaging;

/// <summary>Sends one SMS. The production implementation is a typed client for Twilio's Messages API.</summary>
public interface ISmsSender
{
    /// <summary>
    /// Sends the message, retrying transient failures itself. Expected outcomes (accepted, refused, opted out,
    /// still failing after the retries) are values; only cancellation throws. Cancellation ends only a wait before
    /// the call (the per-sender rate): a call on the wire is never abandoned, it finishes within the request timeout,
    /// so a cancelled send has not reached the provider.
    /// </summary>
    Task<SmsSendResult> SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
