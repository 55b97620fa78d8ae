using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal.MyDetails;

/// <summary>The "my details" page and its forms: each form posts to its own action and comes back here.</summary>
public abstract class MyDetailsControllerBase(IPatientRepository patients, MyDetailsPages pages) : PortalControllerBase(patients)
{
    protected MyDetailsPage PageFor(Patient patient, IReadOnlyList<string>? notices = null) => pages.For(patient, notices);

    protected ViewResult RefusedPage(MyDetailsPage page) => Refused(PatientPortalViews.MyDetails, page);

    protected IActionResult Saved(string notice, string section) =>
        LocalRedirect($"{PatientPortalRoutes.MyDetailsPage}?saved={Uri.EscapeDataString(notice)}#{section}");
}
