using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Messaging;

internal static class DeliveryCountQuery
{
    /// <summary>Counts messages by status and by whether they have failed before, in one grouped query.</summary>
    public static async Task<IReadOnlyList<DeliveryCountGroup>> CountDeliveryAsync(this IQueryable<OutboxMessage> messages, CancellationToken cancellationToken) =>
        (await messages
            .GroupBy(message => new { message.Status, HasFailed = message.FailingSince != null })
            .Select(group => new { group.Key.Status, group.Key.HasFailed, Count = group.Count() })
            .ToListAsync(cancellationToken))
        .Select(group => new DeliveryCountGroup(group.Status, group.HasFailed, group.Count))
        .ToList();
}
