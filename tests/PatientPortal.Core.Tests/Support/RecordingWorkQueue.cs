using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Tests.Support;

/// <summary>The job queue as a list of the send jobs asked for; it can be made to refuse them, as a store that is down would.</summary>
internal sealed class RecordingWorkQueue : IWorkQueue
{
    public List<SendJob> Jobs { get; } = [];

    /// <summary>When set, every send job is refused with this exception, after being noted.</summary>
    public Exception? Refuse { get; set; }

    public IEnumerable<Guid> QueuedIds => Jobs.SelectMany(job => job.Ids);

    public void SendMessages(MessageChannel channel, IReadOnlyList<Guid> messageIds, DateTimeOffset? notBefore = null)
    {
        Jobs.Add(new SendJob(channel, [.. messageIds], notBefore));
        if (Refuse is not null)
        {
            throw Refuse;
        }
    }

    public void SendNewLink(string tokenHash)
    {
    }

    public void SendPasswordResets(MessageChannel channel, string contact)
    {
    }

    public void RunInvitationBatch(Guid batchId)
    {
    }

    internal sealed record SendJob(MessageChannel Channel, IReadOnlyList<Guid> Ids, DateTimeOffset? NotBefore);
}
