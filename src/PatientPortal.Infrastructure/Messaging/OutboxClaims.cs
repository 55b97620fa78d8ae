using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>Takes the claim a send job works under (see <see cref="OutboxClaim"/>).</summary>
public sealed class OutboxClaims(
    PatientPortalDbContext db,
    IServiceScopeFactory scopes,
    TimeProvider timeProvider,
    IOptions<MessagingOptions> options,
    ILogger<OutboxClaim> logger)
{
    /// <summary>
    /// Claims, with one conditional UPDATE, those of the messages that are due and not held by a live claim, and
    /// keeps the claim renewed until it is disposed. Its <see cref="OutboxClaim.Messages"/> are empty when there
    /// was nothing to take.
    /// </summary>
    public async Task<OutboxClaim> TakeAsync(MessageChannel channel, IReadOnlyList<Guid> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var lease = options.Value.SendLease;
        var claim = new OutboxClaim(Guid.NewGuid(), db, scopes, timeProvider, lease, logger);
        var now = timeProvider.GetUtcNow();
        DateTimeOffset? leaseUntil = now + lease;
        Guid? claimId = claim.Id;
        var claimed = await db.OutboxMessages
            .Where(message => messageIds.Contains(message.Id) && message.Channel == channel
                && ((message.Status == MessageStatus.Pending && message.NotBefore <= now)
                    || (message.Status == MessageStatus.Sending && message.LeaseUntil < now)))
            .ExecuteUpdateAsync(
                setters => setters
                    .SetProperty(message => message.Status, MessageStatus.Sending)
                    .SetProperty(message => message.ClaimId, claimId)
                    .SetProperty(message => message.LeaseUntil, leaseUntil)
                    .SetProperty(message => message.Attempts, message => message.Attempts + 1)
                    .SetProperty(message => message.UpdatedAt, now),
                cancellationToken);
        if (claimed > 0)
        {
            claim.Hold(await db.OutboxMessages.Where(message => message.ClaimId == claimId).OrderBy(message => message.CreatedAt).ToListAsync(cancellationToken));
        }

        return claim;
    }
}
