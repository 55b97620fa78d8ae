using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Invitations;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Invitations;

/// <summary>Where a finished invitation sends the patient, shared by the pages and the JSON API.</summary>
internal static class InvitationSignIn
{
    /// <summary>The link's destination when it is a path on this site; portal home otherwise.</summary>
    public static string Destination(IUrlHelper url, InvitationProgress progress) =>
        progress.TargetPath is { } target && url.IsLocalUrl(target) ? target : PatientPortalRoutes.HomePage;

    /// <summary>The sign-in page, coming back to the link's destination.</summary>
    public static string SignInUrl(IUrlHelper url, InvitationProgress progress) =>
        $"{PatientPortalRoutes.SignInPage}?returnUrl={Uri.EscapeDataString(Destination(url, progress))}";

    /// <summary>Signs the patient in with a new session: whatever patient cookie this browser had before is dropped, never carried over.</summary>
    public static Task SignInNewSessionAsync(HttpContext context, InvitationProgress progress) =>
        PatientAuthentication.SignInNewSessionAsync(context, progress.PatientId ?? throw new InvalidOperationException("A completed invitation names its patient."));
}
