using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal.MyDetails;

/// <summary>The "my details" page and its forms: each form posts to its own action and comes back here.</summary>
public abstract class MyDetailsControllerBase(IPatientRepository patients, PasswordPolicy passwordPolicy, IOptions<SignUpOptions> signUp)
    : PortalControllerBase(patients)
{
    protected MyDetailsPage PageFor(Patient patient, IReadOnlyList<string>? notices = null) =>
        MyDetailsPage.For(patient, passwordPolicy.MinimumLength, PlainWords.Duration(signUp.Value.ConfirmationLinkLifetime), notices ?? []);

    protected ViewResult RefusedPage(MyDetailsPage page) => Refused(PatientPortalViews.MyDetails, page);

    protected IActionResult Saved(string notice, string section) =>
        LocalRedirect($"{PatientPortalRoutes.MyDetailsPage}?saved={Uri.EscapeDataString(notice)}#{section}");
}
