using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PatientPortal.Core.Messaging;

/// <summary>
/// The one place outbox messages (and the invitation runs that write them) are handed to the job queue once they are
/// committed. The unit of work tells it what each save wrote and when its transaction commits or rolls back: a
/// message or run is queued once, after the commit that made it durable, and never after a rollback. Feature services
/// only add rows; none of them queues.
/// </summary>
/// <remarks>
/// Queuing that fails after the commit is logged, not thrown: the change the caller asked for is saved, and the
/// outbox sweep queues any Pending row that no job holds (decision record 8).
/// </remarks>
public sealed class OutboxHandOff(IWorkQueue workQueue, TimeProvider timeProvider, IOptions<MessagingOptions> options, ILogger<OutboxHandOff> logger)
{
    // Keyed by id: a row written by two saves of one transaction is still queued once.
    private readonly Dictionary<Guid, SendableMessage> _held = [];
    private readonly HashSet<Guid> _runs = [];

    /// <summary>
    /// A save (or a bulk insert) wrote these rows. Inside a transaction they wait for its commit; outside one the
    /// save was the commit, so the pending ones are queued now.
    /// </summary>
    public void Saved(IEnumerable<OutboxMessage> messages, bool inTransaction)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            // Suppressed rows are only a record; nothing sends them.
            if (message.Status == MessageStatus.Pending)
            {
                _held[message.Id] = new SendableMessage(message.Id, message.Channel, message.NotBefore);
            }
        }

        if (!inTransaction)
        {
            Committed();
        }
    }

    /// <summary>An invitation run was written inside the open transaction: its worker is queued after the commit.</summary>
    public void RunWritten(Guid runId) => _runs.Add(runId);

    /// <summary>The transaction committed: everything it wrote is queued, in jobs of at most the batch size per channel and due time.</summary>
    public void Committed()
    {
        var runs = _runs.ToList();
        _runs.Clear();
        foreach (var runId in runs)
        {
            QueueRun(runId);
        }

        if (_held.Count == 0)
        {
            return;
        }

        var written = _held.Values.ToList();
        _held.Clear();
        foreach (var job in SendJobs.For(written, timeProvider.GetUtcNow(), options.Value.BatchSize))
        {
            Queue(job);
        }
    }

    /// <summary>The transaction ended without a commit: its rows are gone, so nothing is queued.</summary>
    public void RolledBack()
    {
        _held.Clear();
        _runs.Clear();
    }

    private void QueueRun(Guid runId)
    {
        try
        {
            workQueue.RunInvitationBatch(runId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Committed invitation run {RunId} could not be queued; the outbox sweep queues it again", runId);
        }
    }

    private void Queue(SendJob job)
    {
        try
        {
            workQueue.Queue(job);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "{Count} committed {Channel} message(s) could not be queued; the outbox sweep queues them again", job.MessageIds.Count, job.Channel);
        }
    }
}
