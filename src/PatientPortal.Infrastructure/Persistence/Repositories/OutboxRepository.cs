using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class OutboxRepository(PatientPortalDbContext db) : IOutboxRepository
{
    public void Add(OutboxMessage message) => db.OutboxMessages.Add(message);

    public Task AddRangeAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken) =>
        BulkInsert.InsertAsync(db, messages, cancellationToken);

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
