using System.Security.Claims;
using PatientPortal.Core.Audit;

namespace PatientPortal.Web.Permissions;

/// <summary>Who the signed-in backoffice user is, as the host resolves them (PatientPortal.Umbraco: the Umbraco user).</summary>
public interface IBackOfficeUsers
{
    /// <summary>The user's key and name, or null when the principal names no user the host knows.</summary>
    StaffMember? Find(ClaimsPrincipal user);
}
