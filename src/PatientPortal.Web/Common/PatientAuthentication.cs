using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using PatientPortal.Web.SignIn.Sessions;

namespace PatientPortal.Web.Common;

/// <summary>The cookie scheme for signed-in patients, kept apart from the host's own (backoffice) schemes.</summary>
public static class PatientAuthentication
{
    public const string Scheme = "PatientPortal.Patient";

    public const string CookieName = ".PatientPortal.Patient";

    /// <summary>
    /// Every public page reads the patient cookie, signed in or not, so a page knows who is signed in and the
    /// antiforgery token a form was given is checked against the same user when it is posted. (Reading it only on
    /// the signed-in pages made every form they rendered fail on a page that did not: sign-out answered 400.)
    /// </summary>
    public const string PagesPolicy = "PatientPortal.Pages";

    public static ClaimsPrincipal Principal(Guid patientId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, patientId.ToString())], Scheme));

    /// <summary>
    /// Signs the patient in with a new session: whatever patient session this browser had before is ended, never carried
    /// over. Every patient sign-in goes through here.
    /// </summary>
    public static Task SignInNewSessionAsync(HttpContext context, Guid patientId) =>
        NewSessionSignIn.SignInAsync(context, Scheme, Principal(patientId));

    public static Guid? PatientId(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == Scheme && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
