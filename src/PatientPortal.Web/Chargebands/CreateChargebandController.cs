using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Chargebands;

public sealed class CreateChargebandController(ChargebandService chargebands, PracticeClock clock) : ChargebandControllerBase(clock)
{
    [HttpPost("chargebands")]
    [ProducesResponseType<ChargebandResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Create(SaveChargebandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await chargebands.CreateAsync(request.ToCommand(), Actor, cancellationToken);
        return result.Succeeded
            // A path, not CreatedAtAction's absolute URL built from the request's Host header.
            ? Created($"/{PatientPortalRoutes.ManagementApi}/chargebands/{result.Value!.Id}", ToResponse(result.Value))
            : this.ToProblem(result.Failure!);
    }
}
