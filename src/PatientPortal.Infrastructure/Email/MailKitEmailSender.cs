using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Email;

/// <summary>Sends email with MailKit over SMTP, or writes it to a pickup folder on the embedded default.</summary>
internal sealed class MailKitEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mime = Compose(message, settings);
        if (settings.DeliveryMethod == EmailDeliveryMethod.SpecifiedPickupDirectory)
        {
            await WriteToPickupDirectoryAsync(mime, settings.PickupDirectoryLocation, cancellationToken);
            return;
        }

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host!, settings.Port, settings.SecureSocketOptions, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Username))
        {
            await client.AuthenticateAsync(settings.Username, settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static MimeMessage Compose(EmailMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName ?? string.Empty, settings.From));
        mime.To.Add(new MailboxAddress(message.ToName ?? string.Empty, message.To));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();
        return mime;
    }

    private static async Task WriteToPickupDirectoryAsync(MimeMessage mime, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(directory, name + ".tmp");
        // Written under a temporary name and renamed, so a pickup reader never sees half a message.
        await mime.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(directory, name + ".eml"));
    }
}
