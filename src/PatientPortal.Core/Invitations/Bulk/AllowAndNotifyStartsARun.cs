using Microsoft.Extensions.Logging;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common.Notifications;

namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>"Allow and notify" as the invitation runs see it: a run for everyone on the chargeband without an account.</summary>
internal sealed class AllowAndNotifyStartsARun(BulkInvitationService runs, ILogger<AllowAndNotifyStartsARun> logger)
    : IDomainNotificationHandler<AllowAndNotifyEnabled>
{
    public async Task HandleAsync(AllowAndNotifyEnabled notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var run = await runs.InviteChargebandAsync(notification.ChargebandId, notification.ChargebandName, notification.Actor, cancellationToken);
        logger.LogInformation("Allow and notify on chargeband {ChargebandId} started bulk invitation run {BatchId} for {Count} patients", notification.ChargebandId, run.Id, run.Total);
    }
}
