using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Chargebands;

public sealed class DisableOnlineBookingController(ChargebandService chargebands, PracticeClock clock) : ChargebandControllerBase(clock)
{
    /// <summary>Disables online booking. The online settings are kept, but the invite code stops working.</summary>
    [HttpPost("chargebands/{id:guid}/online-booking/disable")]
    [ProducesResponseType<ChargebandResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Disable(Guid id, CancellationToken cancellationToken) =>
        ToResponse(await chargebands.DisableOnlineBookingAsync(id, Actor, cancellationToken));
}
