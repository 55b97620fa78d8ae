using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Chargebands;

public sealed class UpdateChargebandController(ChargebandService chargebands, PracticeClock clock) : ChargebandControllerBase(clock)
{
    /// <summary>Renames the chargeband and replaces its billing rules.</summary>
    [HttpPut("chargebands/{id:guid}")]
    [ProducesResponseType<ChargebandResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Update(Guid id, SaveChargebandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ToResponse(await chargebands.UpdateAsync(id, request.ToCommand(), Actor, cancellationToken));
    }
}
