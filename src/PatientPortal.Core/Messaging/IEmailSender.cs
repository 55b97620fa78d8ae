namespace PatientPortal.Core.Messaging;

/// <summary>Sends email in batches over one connection. The production implementation is MailKit over SMTP (or a pickup folder).</summary>
public interface IEmailSender
{
    /// <summary>Opens one connection for a batch of messages. Throws when the server cannot be reached.</summary>
    Task<IEmailConnection> ConnectAsync(CancellationToken cancellationToken);
}

/// <summary>One open connection to the mail server, reused for every message of a batch.</summary>
public interface IEmailConnection : IAsyncDisposable
{
    /// <summary>Sends one message; an expected failure is a value. After a transient failure open a new connection.</summary>
    Task<EmailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
