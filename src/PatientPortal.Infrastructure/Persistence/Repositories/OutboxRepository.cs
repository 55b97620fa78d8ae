using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class OutboxRepository(PatientPortalDbContext db, OutboxHandOff handOff) : IOutboxRepository
{
    public void Add(OutboxMessage message) => db.OutboxMessages.Add(message);

    /// <summary>Written at once, past the change tracker the unit of work reads, so they register with the hand-off themselves.</summary>
    public async Task AddRangeAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await BulkInsert.InsertAsync(db, messages, cancellationToken);
        handOff.Saved(messages, inTransaction: db.Database.CurrentTransaction is not null);
    }

    public Task<OutboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.OutboxMessages.FirstOrDefaultAsync(message => message.Id == id, cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ListByStatusAsync(IReadOnlyCollection<MessageStatus> statuses, int skip, int take, CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking().Where(message => statuses.Contains(message.Status))
            .OrderByDescending(message => message.UpdatedAt).Skip(skip).Take(take).ToListAsync(cancellationToken);

    public Task<int> CountInStatusAsync(IReadOnlyCollection<MessageStatus> statuses, CancellationToken cancellationToken) =>
        db.OutboxMessages.CountAsync(message => statuses.Contains(message.Status), cancellationToken);

    public async Task<IReadOnlyList<OutboxMessage>> ListForPatientAsync(Guid patientId, CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking().Where(message => message.PatientId == patientId)
            .OrderByDescending(message => message.CreatedAt).Take(100).ToListAsync(cancellationToken);

    public Task<OutboxMessage?> FindByProviderIdAsync(MessageChannel channel, string providerMessageId, CancellationToken cancellationToken) =>
        db.OutboxMessages.FirstOrDefaultAsync(message => message.ProviderMessageId == providerMessageId && message.Channel == channel, cancellationToken);

    public Task<IReadOnlyList<DeliveryCountGroup>> CountByStatusAsync(Guid batchId, CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(message => message.BatchId == batchId).CountDeliveryAsync(cancellationToken);
}
