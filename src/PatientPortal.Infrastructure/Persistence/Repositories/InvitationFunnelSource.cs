using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations.Funnel;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

/// <summary>
/// One row per invitation, five columns, the message facts folded in by the database. The days are counted in
/// memory: the practice's days follow its time zone's clock changes, which neither SQLite nor EF can group by.
/// </summary>
internal sealed class InvitationFunnelSource(PatientPortalDbContext db) : IInvitationFunnelSource
{
    public async Task<IReadOnlyList<FunnelInvitation>> ListAsync(FunnelFilter filter, CancellationToken cancellationToken)
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

        // No index leads from an invitation to its messages, so no correlated subquery: the messages that went out
        // since the range began (a message is marked sent after its invitation is created) are grouped once per
        // invitation, and joined to the invitations.
        var reached = db.OutboxMessages
            .Where(message => message.InvitationId != null && message.UpdatedAt >= filter.CreatedFrom
                && (message.Status == MessageStatus.Sent || message.Status == MessageStatus.Delivered))
            .GroupBy(message => message.InvitationId)
            .Select(group => new
            {
                InvitationId = group.Key,
                Delivered = group.Max(message => message.Status == MessageStatus.Delivered ? 1 : 0),
                Email = group.Max(message => message.Channel == MessageChannel.Email ? 1 : 0),
            });
        var rows = from invitation in invitations
                   join message in reached on (Guid?)invitation.Id equals message.InvitationId into messages
                   from message in messages.DefaultIfEmpty()
                   // Compared as nullable: an invitation with no message that went out has NULLs here.
                   select new FunnelInvitation(
                       invitation.CreatedAt,
                       message.InvitationId != null,
                       (int?)message.Delivered == 1,
                       (int?)message.Email == 1,
                       invitation.OpenedAt != null,
                       invitation.CompletedAt != null);
        return await rows.ToListAsync(cancellationToken);
    }
}
