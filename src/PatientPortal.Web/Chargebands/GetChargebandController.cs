using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Chargebands;

public sealed class GetChargebandController(ChargebandService chargebands, PracticeClock clock) : ChargebandControllerBase(clock)
{
    [HttpGet("chargebands/{id:guid}")]
    [ProducesResponseType<ChargebandResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(Guid id, CancellationToken cancellationToken) =>
        ToResponse(await chargebands.GetAsync(id, cancellationToken));
}
