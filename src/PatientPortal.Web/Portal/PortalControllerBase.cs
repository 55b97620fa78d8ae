using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>
/// Pages for a signed-in patient. Without the patient cookie the scheme sends the browser to sign-in with a
/// return URL; a cookie whose account went away or was locked is dropped the same way.
/// </summary>
[Route(PatientPortalRoutes.Pages)]
[Authorize(AuthenticationSchemes = PatientAuthentication.Scheme)]
public abstract class PortalControllerBase(IPatientRepository patients) : PatientPortalPageController
{
    /// <summary>The signed-in patient while their account is active; otherwise null.</summary>
    protected async Task<Patient?> SignedInPatientAsync(CancellationToken cancellationToken) =>
        PatientAuthentication.PatientId(User) is { } id && await patients.FindAsync(id, cancellationToken) is { Account.Status: AccountStatus.Active } patient
            ? patient
            : null;

    /// <summary>
    /// The signed-in patient with the family members they manage, while their account is active; otherwise null.
    /// Pages show and act on these patients only (<see cref="FamilyAccess"/>).
    /// </summary>
    protected async Task<FamilyAccess?> SignedInFamilyAsync(CancellationToken cancellationToken) =>
        await SignedInPatientAsync(cancellationToken) is { } patient
            ? FamilyAccess.For(patient, await patients.FindManagedByAsync(patient.Id, cancellationToken))
            : null;

    /// <summary>The patient who manages <paramref name="patient"/>'s portal as their primary account holder, if any.</summary>
    protected async Task<Patient?> PrimaryAccountHolderAsync(Patient patient, CancellationToken cancellationToken) =>
        patient?.PrimaryAccountHolderId is { } holderId ? await patients.FindAsync(holderId, cancellationToken) : null;

    protected async Task<IActionResult> SignInAgainAsync()
    {
        await HttpContext.SignOutAsync(PatientAuthentication.Scheme);
        var here = Request.Path + Request.QueryString;
        return Redirect($"{PatientPortalRoutes.SignInPage}?returnUrl={Uri.EscapeDataString(here)}");
    }

    /// <summary>The same answer for an appointment of another patient as for none, so ids cannot be probed.</summary>
    protected ViewResult NotFoundPage(string title, string body) =>
        MessageView(new MessagePage(title, body, "Back to your portal", PatientPortalRoutes.HomePage), StatusCodes.Status404NotFound);
}
