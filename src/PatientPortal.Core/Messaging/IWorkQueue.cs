namespace PatientPortal.Core.Messaging;

/// <summary>
/// Background work, queued only after the rows it refers to are committed. Jobs carry ids only; if queuing
/// is lost (a crash between commit and queue), the recurring sweep finds the rows and queues them again.
/// </summary>
public interface IWorkQueue
{
    /// <summary>Sends these outbox messages (all of one channel), not before the given time.</summary>
    void SendMessages(MessageChannel channel, IReadOnlyList<Guid> messageIds, DateTimeOffset? notBefore = null);

    /// <summary>
    /// Sends a fresh link for the invitation whose token has this hash, if it is one of ours and unusable. Queued for
    /// every request alike, so the answer takes as long for a real token as for a made-up one.
    /// </summary>
    void SendNewLink(string tokenHash);

    /// <summary>Sends a password reset to every account holder with this contact on this channel; queued for every request alike.</summary>
    void SendPasswordResets(MessageChannel channel, string contact);

    /// <summary>Works through a bulk invitation run.</summary>
    void RunInvitationBatch(Guid batchId);
}
