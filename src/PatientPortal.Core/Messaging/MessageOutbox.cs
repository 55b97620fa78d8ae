namespace PatientPortal.Core.Messaging;

/// <summary>
/// Puts an email in the outbox with the change it belongs to, saved by the same unit of work, which queues it
/// for sending once that change is committed.
/// </summary>
public sealed class MessageOutbox(IOutboxRepository outbox, ILinkTokenProtector linkTokens)
{
    /// <param name="linkToken">The raw token for <see cref="OutboxMessage.LinkTokenPlaceholder"/> in the text; stored encrypted.</param>
    public OutboxMessage AddEmail(EmailMessage email, MessageContext context, DateTimeOffset now, string? linkToken = null)
    {
        var message = OutboxMessage.Email(email, context, now);
        if (linkToken is not null)
        {
            message.ProtectLinkToken(linkTokens.Protect(linkToken));
        }

        outbox.Add(message);
        return message;
    }
}
