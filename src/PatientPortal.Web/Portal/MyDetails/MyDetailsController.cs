using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal.MyDetails;

public sealed class MyDetailsController(IPatientRepository patients, MyDetailsPages pages)
    : MyDetailsControllerBase(patients, pages)
{
    [HttpGet("my-details")]
    public async Task<IActionResult> Show([FromQuery] string? saved, CancellationToken cancellationToken)
    {
        if (await SignedInPatientAsync(cancellationToken) is not { } patient)
        {
            return await SignInAgainAsync();
        }

        return View(PatientPortalViews.MyDetails, await PageForAsync(patient, cancellationToken, MyDetailsNotices.Read(saved, patient)));
    }
}
