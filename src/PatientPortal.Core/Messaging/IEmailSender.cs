namespace PatientPortal.Core.Messaging;

/// <summary>Sends one email. The production implementation is MailKit over SMTP (or a pickup folder).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
