using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>The signed-in patient's home page.</summary>
[Route(PatientPortalRoutes.Pages)]
[Authorize(AuthenticationSchemes = PatientAuthentication.Scheme)]
public sealed class PortalHomeController(IPatientRepository patients, IChargebandRepository chargebands) : PatientPortalPageController
{
    [HttpGet("")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        if (PatientAuthentication.PatientId(User) is not { } id
            || await patients.FindAsync(id, cancellationToken) is not { Account.Status: AccountStatus.Active } patient)
        {
            // The account went away or was locked since the cookie was issued.
            await HttpContext.SignOutAsync(PatientAuthentication.Scheme);
            return Redirect(PatientPortalRoutes.SignInPage);
        }

        var chargeband = await chargebands.FindAsync(patient.ChargebandId, cancellationToken);
        return View(PatientPortalViews.Home, new PortalHomePage(patient.DisplayName, patient.Email, patient.Mobile, chargeband?.Name ?? string.Empty, chargeband?.AllowOnlineMessaging ?? false));
    }
}
