using Microsoft.Extensions.Options;

namespace PatientPortal.Core.Messaging;

/// <summary>
/// Puts a message in the outbox with the change it belongs to (saved by the same unit of work), and queues
/// it for sending once that change is committed.
/// </summary>
public sealed class MessageOutbox(IOutboxRepository outbox, ILinkTokenProtector linkTokens, IWorkQueue workQueue, IOptions<MessagingOptions> options)
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

    public void Send(IEnumerable<OutboxMessage> messages, DateTimeOffset now) => workQueue.SendAll(messages, options.Value.BatchSize, now);
}
