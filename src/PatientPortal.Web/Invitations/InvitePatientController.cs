using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Invitations;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Invitations;

public sealed class InvitePatientController(InvitationService invitations) : InvitationControllerBase
{
    /// <summary>
    /// "Invite to patient portal" on the patient profile: sends an invitation, or a password reset when the
    /// patient already has a password. Earlier open links of the patient stop working.
    /// </summary>
    [HttpPost("patients/{id:guid}/invitations")]
    [ProducesResponseType<InviteResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Invite(Guid id, CancellationToken cancellationToken)
    {
        var result = await invitations.InviteAsync(id, Actor, cancellationToken);
        return result.Succeeded ? Ok(InviteResponse.From(result.Value!)) : this.ToProblem(result.Failure!);
    }
}
