using System.Security.Claims;
using PatientPortal.Core.Audit;

namespace PatientPortal.Web.Permissions;

/// <summary>
/// The default for hosts without user records of their own: the key from the name-identifier (or OpenID
/// <c>sub</c>) claim, when it is a GUID, and the principal's name.
/// </summary>
internal sealed class ClaimsBackOfficeUsers : IBackOfficeUsers
{
    public StaffMember? Find(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub");
        return Guid.TryParse(key, out var parsed) && user.Identity?.Name is { Length: > 0 } name ? new StaffMember(parsed, name) : null;
    }
}
