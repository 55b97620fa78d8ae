using System.Security.Claims;
using PatientPortal.Core.Audit;
using PatientPortal.Web.Permissions;
using Umbraco.Cms.Core.Security;
using Umbraco.Extensions;

namespace PatientPortal.Umbraco.Permissions;

/// <summary>
/// The acting backoffice user for the audit log as Umbraco resolves them: the current user of
/// <see cref="IBackOfficeSecurityAccessor"/> (what Umbraco's own audit records), else the key and real name of
/// the principal's backoffice identity.
/// </summary>
public sealed class UmbracoBackOfficeUsers(IBackOfficeSecurityAccessor security) : IBackOfficeUsers
{
    public StaffMember? Find(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (security.BackOfficeSecurity?.CurrentUser is { } current)
        {
            return new StaffMember(current.Key, current.Name is { Length: > 0 } name ? name : current.Username);
        }

        return user.GetUmbracoIdentity() is { } identity && identity.GetUserKey() is { } key
            ? new StaffMember(key, identity.GetRealName() is { Length: > 0 } realName ? realName : identity.GetUsername() ?? key.ToString())
            : null;
    }
}
