using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal.MyDetails;

public sealed class MyDetailsController(IPatientRepository patients, PasswordPolicy passwordPolicy, IOptions<SignUpOptions> signUp)
    : MyDetailsControllerBase(patients, passwordPolicy, signUp)
{
    [HttpGet("my-details")]
    public async Task<IActionResult> Show([FromQuery] string? saved, CancellationToken cancellationToken)
    {
        if (await SignedInPatientAsync(cancellationToken) is not { } patient)
        {
            return await SignInAgainAsync();
        }

        return View(PatientPortalViews.MyDetails, PageFor(patient, MyDetailsNotices.Read(saved, patient)));
    }
}
