using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal.MyDetails;

/// <summary>The "my details" page and its forms: each form posts to its own action and comes back here.</summary>
public abstract class MyDetailsControllerBase(IPatientRepository patients, MyDetailsPages pages) : PortalControllerBase(patients)
{
    /// <summary>The page as on file; a family member's names who manages them (name only: nothing else of the holder's).</summary>
    protected async Task<MyDetailsPage> PageForAsync(Patient patient, CancellationToken cancellationToken, IReadOnlyList<string>? notices = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var holder = await PrimaryAccountHolderAsync(patient, cancellationToken);
        return pages.For(patient, notices) with { ManagedBy = holder is null ? null : $"{holder.GivenName} {holder.FamilyName}" };
    }

    protected ViewResult RefusedPage(MyDetailsPage page) => Refused(PatientPortalViews.MyDetails, page);

    protected IActionResult Saved(string notice, string section) =>
        LocalRedirect($"{PatientPortalRoutes.MyDetailsPage}?saved={Uri.EscapeDataString(notice)}#{section}");
}
