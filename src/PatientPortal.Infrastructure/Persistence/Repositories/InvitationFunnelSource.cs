using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations.Funnel;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

/// <summary>
/// One row per invitation, five columns, the message facts looked up by the database. The days are counted in
/// memory: the practice's days follow its time zone's clock changes, which neither SQLite nor EF can group by.
/// </summary>
internal sealed class InvitationFunnelSource(PatientPortalDbContext db) : IInvitationFunnelSource
{
    public async Task<IReadOnlyList<FunnelInvitation>> ListAsync(FunnelFilter filter, CancellationToken cancellationToken) =>
        await Query(filter).ToListAsync(cancellationToken);

    /// <summary>The query itself, for a test to ask the database how it would run it.</summary>
    internal IQueryable<FunnelInvitation> Query(FunnelFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var invitations = db.Invitations.AsNoTracking()
            .Where(invitation => invitation.CreatedAt >= filter.CreatedFrom && invitation.CreatedAt < filter.CreatedBefore);
        if (filter.Purpose is { } purpose)
        {
            invitations = invitations.Where(invitation => invitation.Purpose == purpose);
        }

        if (filter.BatchId is { } batchId)
        {
            invitations = invitations.Where(invitation => invitation.BatchId == batchId);
        }

        // The range's invitations (by their creation time), then only their own messages: each fact is an index seek on
        // (InvitationId, Status, Channel), so the cost follows the range shown, not the outbox's history.
        var rows = invitations.Select(invitation => new FunnelInvitation(
            invitation.CreatedAt,
            db.OutboxMessages.Any(message => message.InvitationId == invitation.Id && (message.Status == MessageStatus.Sent || message.Status == MessageStatus.Delivered)),
            db.OutboxMessages.Any(message => message.InvitationId == invitation.Id && message.Status == MessageStatus.Delivered),
            db.OutboxMessages.Any(message => message.InvitationId == invitation.Id && message.Channel == MessageChannel.Email
                && (message.Status == MessageStatus.Sent || message.Status == MessageStatus.Delivered)),
            invitation.OpenedAt != null,
            invitation.CompletedAt != null));
        return rows;
    }
}
