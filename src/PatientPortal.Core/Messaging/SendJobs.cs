namespace PatientPortal.Core.Messaging;

/// <summary>An outbox message as the job queue needs it: which one, on which channel, from when.</summary>
public readonly record struct SendableMessage(Guid Id, MessageChannel Channel, DateTimeOffset NotBefore);

/// <summary>One send job: messages of one channel, due together (<c>null</c>: now).</summary>
public sealed record SendJob(MessageChannel Channel, IReadOnlyList<Guid> MessageIds, DateTimeOffset? Due);

/// <summary>
/// How messages become send jobs, wherever they are queued from (after a commit, a dispatcher's retries, the sweep):
/// one job per channel and due time, at most the batch size each, and a time already past means now.
/// </summary>
public static class SendJobs
{
    public static IEnumerable<SendJob> For(IEnumerable<SendableMessage> messages, DateTimeOffset now, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        return messages
            .GroupBy(message => (message.Channel, Due: message.NotBefore > now ? message.NotBefore : (DateTimeOffset?)null))
            .SelectMany(group => group.Select(message => message.Id).Distinct().Chunk(batchSize)
                .Select(ids => new SendJob(group.Key.Channel, ids, group.Key.Due)));
    }

    /// <summary>Queues each job; the caller decides what a queue failure means.</summary>
    public static void Queue(this IWorkQueue workQueue, SendJob job)
    {
        ArgumentNullException.ThrowIfNull(workQueue);
        ArgumentNullException.ThrowIfNull(job);
        workQueue.SendMessages(job.Channel, job.MessageIds, job.Due);
    }
}
