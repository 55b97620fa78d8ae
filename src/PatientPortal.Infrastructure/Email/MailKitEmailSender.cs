using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Email;

/// <summary>Sends email with MailKit over SMTP, or writes it to a pickup folder on the embedded default.</summary>
internal sealed class MailKitEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task<IEmailConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.DeliveryMethod == EmailDeliveryMethod.SpecifiedPickupDirectory)
        {
            return new PickupDirectoryConnection(settings);
        }

        var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            // StartTls (the default) throws when the server offers no STARTTLS: we never fall back to plain text.
            await client.ConnectAsync(settings.Host!, settings.Port, settings.SecureSocketOptions, cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? string.Empty, cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new SmtpConnection(client, settings);
    }

    internal static MimeMessage Compose(EmailMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName ?? string.Empty, settings.From));
        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.To));
        if (!string.IsNullOrWhiteSpace(settings.ReplyTo))
        {
            mime.ReplyTo.Add(new MailboxAddress(settings.ReplyToName ?? settings.FromName ?? string.Empty, settings.ReplyTo));
        }

        mime.Subject = message.Subject;
        if (message.MessageId is not null)
        {
            mime.MessageId = message.MessageId;
        }

        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();
        return mime;
    }

    private sealed class SmtpConnection(SmtpClient client, EmailOptions settings) : IEmailConnection
    {
        public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            using var mime = Compose(message, settings);
            var data = new DataProgress(mime);
            try
            {
                await client.SendAsync(mime, cancellationToken, data);
                return new EmailSendResult(EmailSendOutcome.Sent, mime.MessageId);
            }
            catch (SmtpCommandException exception) when ((int)exception.StatusCode >= 500)
            {
                // 5xx: refused for good (unknown mailbox, policy). The connection stays usable.
                return new EmailSendResult(EmailSendOutcome.Rejected, null, $"{(int)exception.StatusCode} {exception.Message}");
            }
            catch (Exception exception) when (exception is SmtpProtocolException or ServiceNotConnectedException or IOException or TimeoutException && data.AllWritten)
            {
                // The server had the whole message and then went silent or away: it may have taken it.
                return new EmailSendResult(EmailSendOutcome.PossiblySent, null, exception.Message);
            }
            catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or IOException or TimeoutException)
            {
                return new EmailSendResult(EmailSendOutcome.TransientFailure, null, exception.Message);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception exception) when (exception is IOException or SmtpProtocolException or SmtpCommandException or TimeoutException)
            {
                // The server went away first; nothing is left to close politely.
            }
            finally
            {
                client.Dispose();
            }
        }
    }

    private sealed class PickupDirectoryConnection(EmailOptions settings) : IEmailConnection
    {
        public async Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            using var mime = Compose(message, settings);
            var directory = settings.PickupDirectoryLocation;
            Directory.CreateDirectory(directory);
            var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}";
            var temporary = Path.Combine(directory, name + ".tmp");
            // Written under a temporary name and renamed, so a pickup reader never sees half a message.
            await mime.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, Path.Combine(directory, name + ".eml"));
            return new EmailSendResult(EmailSendOutcome.Sent, mime.MessageId);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
