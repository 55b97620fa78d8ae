using System.Security.Claims;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;
using Umbraco.Extensions;

namespace PatientPortal.Umbraco.Permissions;

/// <summary>
/// The Umbraco user behind a backoffice principal, read fresh from <see cref="IUserService"/> (as Umbraco's own
/// section check does) so a section or group taken away counts at once, not when the token is renewed.
/// </summary>
public sealed class UmbracoUsers(IUserService userService)
{
    public async Task<IUser?> FindAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.GetUmbracoIdentity() is not { } identity)
        {
            return null;
        }

        if (identity.GetUserKey() is { } key)
        {
            return await userService.GetAsync(key);
        }

        return identity.GetUserId<int>() is var id && id > 0 ? userService.GetUserById(id) : null;
    }
}
