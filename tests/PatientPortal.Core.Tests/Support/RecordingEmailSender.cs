using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Tests.Support;

/// <summary>Keeps what would have been sent; can be told to fail like an unreachable mail server.</summary>
internal sealed class RecordingEmailSender : IEmailSender
{
    private readonly List<EmailMessage> _sent = [];

    public IReadOnlyList<EmailMessage> Sent => _sent;

    public bool Fails { get; set; }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (Fails)
        {
            throw new IOException("The mail server could not be reached.");
        }

        _sent.Add(message);
        return Task.CompletedTask;
    }

    public Task<IEmailConnection> ConnectAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("The sign-up rules under test send single messages.");
}
