using System.Security.Claims;

namespace PatientPortal.Web.Common;

/// <summary>The cookie scheme for signed-in patients, kept apart from the host's own (backoffice) schemes.</summary>
public static class PatientAuthentication
{
    public const string Scheme = "PatientPortal.Patient";

    public static ClaimsPrincipal Principal(Guid patientId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, patientId.ToString())], Scheme));

    public static Guid? PatientId(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == Scheme && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
