using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;

namespace PatientPortal.Web.Patients;

public sealed class GetPatientController(IPatientRepository patients, IInvitationRepository invitations, IOutboxRepository outbox, TimeProvider timeProvider) : PatientControllerBase
{
    /// <summary>The patient profile: the invite button's label, and the invitation and message history with delivery status.</summary>
    [HttpGet("patients/{id:guid}")]
    [ProducesResponseType<PatientDetailResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(Guid id, CancellationToken cancellationToken)
    {
        if (await patients.FindAsync(id, cancellationToken) is not { } patient)
        {
            return NotFound(new ProblemDetails { Title = $"There is no patient with id {id}.", Status = StatusCodes.Status404NotFound });
        }

        var now = timeProvider.GetUtcNow();
        var history = await invitations.ListForPatientAsync(id, cancellationToken);
        var messages = await outbox.ListForPatientAsync(id, cancellationToken);
        return Ok(new PatientDetailResponse(
            PatientSummaryResponse.From(patient),
            patient.EmailConsent,
            patient.SmsConsent,
            patient.SmsOptedOutAt,
            patient.SmsOptOutSource?.ToString(),
            patient.SmsOptOutKeyword,
            patient.PrimaryAccountHolderId,
            patient.Account.PrivacyPolicyVersion,
            patient.Account.PrivacyPolicyAcceptedAt,
            history.Select(invitation => InvitationResponse.From(invitation, now)).ToList(),
            messages.Select(message => MessageResponse.From(message, patient)).ToList()));
    }
}
