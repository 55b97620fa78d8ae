namespace PatientPortal.Core.Messaging;

/// <summary>Sends email. The production implementation is MailKit over SMTP (or a pickup folder).</summary>
public interface IEmailSender
{
    /// <summary>Sends one message on a connection of its own. Throws when it cannot be sent.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);

    /// <summary>Opens one connection for a batch of messages. Throws when the server cannot be reached.</summary>
    Task<IEmailConnection> ConnectAsync(CancellationToken cancellationToken);
}

/// <summary>One open connection to the mail server, reused for every message of a batch.</summary>
public interface IEmailConnection : IAsyncDisposable
{
    /// <summary>Sends one message; an expected failure is a value. After a transient failure open a new connection.</summary>
    Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
