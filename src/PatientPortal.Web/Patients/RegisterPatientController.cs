using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Patients;

public sealed class RegisterPatientController(PatientService patientService) : PatientControllerBase
{
    /// <summary>Adds a patient. On a chargeband with "Allow and notify" a patient without an account is invited straight away.</summary>
    [HttpPost("patients")]
    [ProducesResponseType<PatientSummaryResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Register(RegisterPatientRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await patientService.RegisterAsync(
            new RegisterPatientCommand(request.Title, request.GivenName, request.FamilyName, request.DateOfBirth, request.Email, request.Mobile, request.ChargebandId,
                request.EmailConsent, request.SmsConsent, request.PrimaryAccountHolderId),
            Actor,
            cancellationToken);
        return result.Succeeded
            ? Created($"/{PatientPortalRoutes.ManagementApi}/patients/{result.Value!.Id}", PatientSummaryResponse.From(result.Value))
            : this.ToProblem(result.Failure!);
    }
}
