namespace PatientPortal.Core.Messaging;

public static class WorkQueueExtensions
{
    /// <summary>Queues committed outbox messages in jobs of at most <paramref name="batchSize"/>, per channel and due time.</summary>
    public static void SendAll(this IWorkQueue queue, IEnumerable<OutboxMessage> messages, int batchSize, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(messages);
        var groups = messages
            .Where(message => message.Status == MessageStatus.Pending)
            .GroupBy(message => (message.Channel, Due: message.NotBefore > now ? message.NotBefore : (DateTimeOffset?)null));
        foreach (var group in groups)
        {
            foreach (var chunk in group.Select(message => message.Id).Chunk(batchSize))
            {
                queue.SendMessages(group.Key.Channel, chunk, group.Key.Due);
            }
        }
    }
}
