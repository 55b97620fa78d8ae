using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Messaging.Health;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>
/// A channel's recent sending, read from the outbox rows: <see cref="OutboxMessage.SentAt"/> for what went and
/// <see cref="OutboxMessage.FailingSince"/> (with the last try's <see cref="OutboxMessage.UpdatedAt"/>) for what keeps failing.
/// </summary>
internal sealed class OutboxDeliveryActivity(PatientPortalDbContext db) : IDeliveryActivity
{
    public async Task<ChannelActivity> ReadAsync(MessageChannel channel, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        var messages = db.OutboxMessages.AsNoTracking().Where(message => message.Channel == channel);
        var lastSentAt = await messages.Where(message => message.SentAt != null).MaxAsync(message => message.SentAt, cancellationToken);

        // Failing: failed at least once in a way worth another try, and neither sent since nor set aside.
        var failing = messages.Where(message => message.FailingSince != null && message.SentAt == null && message.Status != MessageStatus.Suppressed);
        var latest = await failing.OrderByDescending(message => message.UpdatedAt)
            .Select(message => new { message.UpdatedAt, message.LastError })
            .FirstOrDefaultAsync(cancellationToken);

        // The first failure after the last success: a message failing from before it is counted by its latest try.
        var failingSince = lastSentAt is { } sent
            ? await failing.Where(message => message.UpdatedAt > sent)
                .MinAsync(message => (DateTimeOffset?)(message.FailingSince > sent ? message.FailingSince!.Value : message.UpdatedAt), cancellationToken)
            : await failing.MinAsync(message => message.FailingSince, cancellationToken);

        var inWindow = failing.Where(message => message.UpdatedAt >= windowStart);
        return new ChannelActivity(
            channel,
            lastSentAt,
            failingSince,
            latest?.UpdatedAt,
            latest?.LastError,
            await messages.CountAsync(message => message.SentAt >= windowStart, cancellationToken),
            await inWindow.CountAsync(cancellationToken),
            await inWindow.MinAsync(message => message.FailingSince, cancellationToken),
            DeliveryCounts.From(await messages
                .Where(message => message.Status == MessageStatus.Pending || message.Status == MessageStatus.Sending || message.Status == MessageStatus.Failed)
                .CountDeliveryAsync(cancellationToken)));
    }
}
