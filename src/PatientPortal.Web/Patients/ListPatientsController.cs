using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;

namespace PatientPortal.Web.Patients;

public sealed class ListPatientsController(IPatientRepository patients) : PatientControllerBase
{
    /// <summary>The patients list: filter by chargeband, account and free text (names, email, mobile); paged.</summary>
    [HttpGet("patients")]
    [ProducesResponseType<PatientListResponse>(StatusCodes.Status200OK)]
    public async Task<PatientListResponse> List(
        [FromQuery] Guid? chargebandId, [FromQuery] bool? hasAccount, [FromQuery] string? search, [FromQuery] int skip = 0, [FromQuery] int take = 50, CancellationToken cancellationToken = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, MaximumPageSize);
        var page = await patients.SearchAsync(new PatientFilter(chargebandId, hasAccount, search), skip, take, cancellationToken);
        return new PatientListResponse(page.Items.Select(PatientSummaryResponse.From).ToList(), page.Total, skip, take);
    }
}
