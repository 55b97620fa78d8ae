using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;

namespace PatientPortal.Core.Messaging;

/// <summary>What the practice does about a message that gave up (say after a long mail-server outage): send it again.</summary>
public sealed class FailedMessages(
    IOutboxRepository outbox,
    InvitationService invitations,
    IUnitOfWork unitOfWork,
    IAuditLog audit,
    TimeProvider timeProvider)
{
    /// <summary>What staff are asked to look at: messages that gave up, and emails that may have gone (never resent by themselves).</summary>
    public static IReadOnlyCollection<MessageStatus> NeedingAttention { get; } = [MessageStatus.Failed, MessageStatus.PossiblySent];

    /// <summary>
    /// A message written at send time (payment in advance, recall) is written again when it goes; another
    /// message with an invitation link is resent as a fresh invitation (the old link may be near its expiry,
    /// and its token was erased when the message failed); any other message goes out again as it was.
    /// </summary>
    public async Task<Result<RetriedMessage>> RetryAsync(Guid messageId, string actor, CancellationToken cancellationToken)
    {
        if (await outbox.FindAsync(messageId, cancellationToken) is not { } message)
        {
            return Failure.NotFound($"There is no message with id {messageId}.");
        }

        if (!NeedingAttention.Contains(message.Status))
        {
            return Failure.Conflict($"Only a failed or possibly sent message can be sent again; this one is {message.Status}.");
        }

        var now = timeProvider.GetUtcNow();
        if (message.IsComposedAtSend)
        {
            message.RequeueToCompose(now);
            return await RequeueAsync(message, actor, cancellationToken);
        }

        if (message.InvitationId is { } invitationId)
        {
            var resent = await invitations.ResendAsync(invitationId, actor, cancellationToken);
            if (!resent.Succeeded)
            {
                return resent.Failure!;
            }

            // Handled: it leaves the failed list, and the patient's history says what replaced it.
            message.Supersede($"Sent again as a new invitation ({resent.Value!.InvitationId}).", timeProvider.GetUtcNow());
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return new RetriedMessage(message.Id, resent.Value.InvitationId);
        }

        if (message.CarriesALink)
        {
            return Failure.Conflict("This message's single-use link is gone. A patient waiting to confirm their email gets a new link by signing in.");
        }

        message.Requeue(now);
        return await RequeueAsync(message, actor, cancellationToken);
    }

    /// <summary>Back to Pending and saved: the unit of work queues it once saved.</summary>
    private async Task<Result<RetriedMessage>> RequeueAsync(OutboxMessage message, string actor, CancellationToken cancellationToken)
    {
        audit.Record(actor, "message.retried", "patient", message.PatientId, $"message {message.Id} ({message.Channel}, {message.Purpose})");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new RetriedMessage(message.Id, null);
    }
}

/// <param name="NewInvitationId">Set when the retry sent a fresh invitation instead of the failed message.</param>
public sealed record RetriedMessage(Guid MessageId, Guid? NewInvitationId);
