using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Chargebands;

public sealed class UpdateOnlineSettingsController(ChargebandService chargebands, PracticeClock clock) : ChargebandControllerBase(clock)
{
    /// <summary>
    /// Sets the online settings panel: sign-up invite code (unique across chargebands, any case), its valid
    /// dates and usage cap, and online messaging. Only while online booking is enabled (409 otherwise). A code
    /// has at least 8 characters; a new one that is easy to guess is refused with 400 carrying
    /// <c>guessableInviteCode: true</c> unless <c>acceptGuessableInviteCode</c> is true.
    /// </summary>
    [HttpPut("chargebands/{id:guid}/online-settings")]
    [ProducesResponseType<ChargebandResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Update(Guid id, OnlineSettingsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ToResponse(await chargebands.ConfigureOnlineSettingsAsync(id, request.ToSettings(), Actor, cancellationToken));
    }
}
