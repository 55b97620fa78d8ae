using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Tests.Support;

/// <summary>The job queue as lists of what was asked for; it can be made to refuse send jobs and runs, as a job store that is down would.</summary>
internal sealed class RecordingWorkQueue : IWorkQueue
{
    public List<(MessageChannel Channel, IReadOnlyList<Guid> Ids)> Messages { get; } = [];

    public List<Guid> Runs { get; } = [];

    /// <summary>When set, send jobs and runs are refused with this exception (and not recorded).</summary>
    public Exception? Refuse { get; set; }

    public IEnumerable<Guid> QueuedIds => Messages.SelectMany(job => job.Ids);

    public void SendMessages(MessageChannel channel, IReadOnlyList<Guid> messageIds, DateTimeOffset? notBefore = null)
    {
        if (Refuse is not null)
        {
            throw Refuse;
        }

        Messages.Add((channel, messageIds));
    }

    public void SendNewLink(string tokenHash)
    {
    }

    public void SendPasswordResets(MessageChannel channel, string contact)
    {
    }

    public void RunInvitationBatch(Guid batchId)
    {
        if (Refuse is not null)
        {
            throw Refuse;
        }

        Runs.Add(batchId);
    }
}
