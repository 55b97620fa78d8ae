using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Invitations;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Invitations;

public sealed class ResendInvitationController(InvitationService invitations) : InvitationControllerBase
{
    /// <summary>Sends a fresh link with the same purpose and destination; the earlier link stops working.</summary>
    [HttpPost("invitations/{id:guid}/resend")]
    [ProducesResponseType<InviteResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Resend(Guid id, CancellationToken cancellationToken)
    {
        var result = await invitations.ResendAsync(id, Actor, cancellationToken);
        return result.Succeeded ? Ok(InviteResponse.From(result.Value!)) : this.ToProblem(result.Failure!);
    }
}
