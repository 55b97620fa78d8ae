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

        var sent = db.OutboxMessages.Where(message => message.Status == MessageStatus.Sent || message.Status == MessageStatus.Delivered);
        return await invitations
            .Select(invitation => new FunnelInvitation(
                invitation.CreatedAt,
                sent.Any(message => message.InvitationId == invitation.Id),
                sent.Any(message => message.InvitationId == invitation.Id && message.Status == MessageStatus.Delivered),
                sent.Any(message => message.InvitationId == invitation.Id && message.Channel == MessageChannel.Email),
                invitation.OpenedAt != null,
                invitation.CompletedAt != null))
            .ToListAsync(cancellationToken);
    }
}
