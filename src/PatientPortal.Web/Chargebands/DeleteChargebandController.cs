using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Chargebands;

public sealed class DeleteChargebandController(ChargebandService chargebands, PracticeClock clock) : ChargebandControllerBase(clock)
{
    /// <summary>Deletes a chargeband that no patient sits on.</summary>
    [HttpDelete("chargebands/{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var result = await chargebands.DeleteAsync(id, Actor, cancellationToken);
        return result.Succeeded ? NoContent() : this.ToProblem(result.Failure!);
    }
}
