using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Chargebands;

public sealed class ListChargebandsController(ChargebandService chargebands, PracticeClock clock) : ChargebandControllerBase(clock)
{
    [HttpGet("chargebands")]
    [ProducesResponseType<IReadOnlyList<ChargebandResponse>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        Ok((await chargebands.ListAsync(cancellationToken)).Select(ToResponse).ToList());
}
