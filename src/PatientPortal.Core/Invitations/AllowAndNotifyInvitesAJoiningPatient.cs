using Microsoft.Extensions.Logging;
using PatientPortal.Core.Common.Notifications;
using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Invitations;

/// <summary>A patient without an account who lands on a chargeband with "Allow and notify" is invited there and then.</summary>
internal sealed class AllowAndNotifyInvitesAJoiningPatient(InvitationService invitations, ILogger<AllowAndNotifyInvitesAJoiningPatient> logger)
    : IDomainNotificationHandler<PatientJoinedChargeband>
{
    public const string Actor = "system (allow and notify)";

    public async Task HandleAsync(PatientJoinedChargeband notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var (patient, chargeband) = notification;
        if (!chargeband.InvitesPatientsAutomatically || patient.HasPassword)
        {
            return;
        }

        var sent = await invitations.SendAsync(patient, new InvitationRequest(Actor, Reason: $"added to {chargeband.Name}, which allows and notifies"), cancellationToken);
        if (!sent.Succeeded)
        {
            logger.LogInformation("Patient {PatientId} joined an allow-and-notify chargeband but was not invited: {Reason}", patient.Id, sent.Failure!.Title);
        }
    }
}
