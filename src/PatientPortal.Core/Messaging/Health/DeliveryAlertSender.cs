using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;

namespace PatientPortal.Core.Messaging.Health;

/// <summary>
/// Tells the practice straight through the senders, not the outbox: an alert must not wait behind the messages
/// it is about, nor for quiet hours. Email first, unless email is what is down; then a text; then the other.
/// </summary>
public sealed class DeliveryAlertSender(IEmailSender emailSender, ISmsSender smsSender, IOptions<DeliveryHealthOptions> options, ILogger<DeliveryAlertSender> logger)
{
    public bool HasRecipient => options.Value.AlertEmail is { Length: > 0 } || options.Value.AlertSms is { Length: > 0 };

    /// <summary>Answers the channel that took the notice, or null when none did (the next check tries again).</summary>
    public async Task<MessageChannel?> SendAsync(DeliveryAlertText text, string messageId, bool emailDown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        MessageChannel[] order = emailDown ? [MessageChannel.Sms, MessageChannel.Email] : [MessageChannel.Email, MessageChannel.Sms];
        foreach (var channel in order)
        {
            var error = channel == MessageChannel.Email ? await EmailAsync(text, messageId, cancellationToken) : await SmsAsync(text, cancellationToken);
            if (error is null)
            {
                return channel;
            }

            if (error.Length > 0)
            {
                logger.LogWarning("The delivery alert \"{Subject}\" could not be sent by {Channel}: {Error}", text.Subject, channel, LogValue.Safe(error));
            }
        }

        return null;
    }

    /// <summary>Null when sent; empty when there is no address to send to; otherwise the error.</summary>
    private async Task<string?> EmailAsync(DeliveryAlertText text, string messageId, CancellationToken cancellationToken)
    {
        if (options.Value.AlertEmail is not { Length: > 0 } to)
        {
            return string.Empty;
        }

        try
        {
            await using var connection = await emailSender.ConnectAsync(cancellationToken);
            var result = await connection.SendAsync(new EmailMessage(to, null, text.Subject, text.Html, text.Body, messageId), cancellationToken);
            return result.Outcome == EmailSendOutcome.Sent ? null : result.Error ?? result.Outcome.ToString();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return exception.Message;
        }
    }

    private async Task<string?> SmsAsync(DeliveryAlertText text, CancellationToken cancellationToken)
    {
        if (options.Value.AlertSms is not { Length: > 0 } to)
        {
            return string.Empty;
        }

        var result = await smsSender.SendAsync(new SmsMessage(to, text.Sms), cancellationToken);
        return result.Outcome == SmsSendOutcome.Accepted ? null : result.Error ?? result.Outcome.ToString();
    }
}
