namespace PatientPortal.Core.Messaging;

public interface IOutboxRepository
{
    void Add(OutboxMessage message);

    /// <summary>Writes many new messages at once, in the current transaction (bulk runs).</summary>
    Task AddRangeAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>One message, tracked for a change.</summary>
    Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Messages in any of these statuses, newest first (failed and possibly sent deliveries needing attention).</summary>
    Task<IReadOnlyList<OutboxMessage>> ListByStatusAsync(IReadOnlyCollection<MessageStatus> statuses, int skip, int take, CancellationToken cancellationToken);

    /// <summary>How many messages are in any of these statuses (the dashboard's count of deliveries needing attention).</summary>
    Task<int> CountInStatusAsync(IReadOnlyCollection<MessageStatus> statuses, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxMessage>> ListForPatientAsync(Guid patientId, CancellationToken cancellationToken);

    Task<OutboxMessage?> FindByProviderIdAsync(MessageChannel channel, string providerMessageId, CancellationToken cancellationToken);

    /// <summary>How many messages of a bulk run are in each status, split by whether they have failed before.</summary>
    Task<IReadOnlyList<DeliveryCountGroup>> CountByStatusAsync(Guid batchId, CancellationToken cancellationToken);
}
