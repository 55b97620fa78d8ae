using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Patients;

public sealed class MovePatientController(PatientService patientService) : PatientControllerBase
{
    /// <summary>Moves a patient to another chargeband; one that allows and notifies invites them if they have no account.</summary>
    [HttpPut("patients/{id:guid}/chargeband")]
    [ProducesResponseType<PatientSummaryResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Move(Guid id, MovePatientRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await patientService.MoveToChargebandAsync(id, request.ChargebandId, Actor, cancellationToken);
        return result.Succeeded ? Ok(PatientSummaryResponse.From(result.Value!)) : this.ToProblem(result.Failure!);
    }
}
