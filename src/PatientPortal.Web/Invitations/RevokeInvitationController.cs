using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Invitations;
using PatientPortal.Web.Common;
using PatientPortal.Web.Patients;

namespace PatientPortal.Web.Invitations;

public sealed class RevokeInvitationController(InvitationService invitations, TimeProvider timeProvider) : InvitationControllerBase
{
    /// <summary>Stops a link from working. Revoking one already revoked or expired changes nothing.</summary>
    [HttpPost("invitations/{id:guid}/revoke")]
    [ProducesResponseType<InvitationResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Revoke(Guid id, CancellationToken cancellationToken)
    {
        var result = await invitations.RevokeAsync(id, Actor, cancellationToken);
        return result.Succeeded ? Ok(InvitationResponse.From(result.Value!, timeProvider.GetUtcNow())) : this.ToProblem(result.Failure!);
    }
}
