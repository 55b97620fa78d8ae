using Microsoft.AspNetCore.Authorization;
using PatientPortal.Web.Permissions;
using Umbraco.Cms.Core.Models.Membership;

namespace PatientPortal.Umbraco.Permissions;

/// <summary>
/// Satisfies the package's requirements from the Umbraco user: the section when it is among the user's allowed
/// sections (what user groups grant), a permission when one of the user's groups holds it as a permission verb.
/// Anything else, or a principal that is no Umbraco user, stays unmet (403).
/// </summary>
public sealed class UmbracoPermissionHandler(UmbracoUsers users) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pending = context.PendingRequirements.Where(requirement => requirement is SectionAccessRequirement or PermissionRequirement).ToList();
        if (pending.Count == 0 || await users.FindAsync(context.User) is not { } user)
        {
            return;
        }

        foreach (var requirement in pending)
        {
            if (IsMet(user, requirement))
            {
                context.Succeed(requirement);
            }
        }
    }

    private static bool IsMet(IUser user, IAuthorizationRequirement requirement) => requirement switch
    {
        SectionAccessRequirement => user.AllowedSections.Contains(SectionAccessRequirement.SectionAlias, StringComparer.OrdinalIgnoreCase),
        PermissionRequirement { Permission: var permission } => user.Groups.Any(group => group.Permissions?.Contains(permission) == true),
        _ => false,
    };
}
