using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Chargebands;

public sealed class EnableOnlineBookingController(ChargebandService chargebands, PracticeClock clock) : ChargebandControllerBase(clock)
{
    /// <summary>
    /// Enables online booking with the access mode chosen in the "Allowing patient access" dialog:
    /// AllowAndNotify (current and future patients without an account are invited) or AllowWithNoNotifications.
    /// </summary>
    [HttpPost("chargebands/{id:guid}/online-booking/enable")]
    [ProducesResponseType<ChargebandResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Enable(Guid id, EnableOnlineBookingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ToResponse(await chargebands.EnableOnlineBookingAsync(id, new EnableOnlineBookingCommand(request.AccessMode), Actor, cancellationToken));
    }
}
