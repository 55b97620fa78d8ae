using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Website.Admin;

/// <summary>
/// Satisfies the package's requirements from the signed-in admin user's configured section and permissions, read
/// on each request so a change to the settings counts for sessions already open.
/// </summary>
internal sealed class AdminPermissionHandler(IOptionsMonitor<AdminOptions> admin) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var identity = context.User.Identities.FirstOrDefault(candidate => candidate.IsAuthenticated && candidate.AuthenticationType == AdminAuthentication.Scheme);
        if (admin.CurrentValue.Find(identity?.Name) is not { } user)
        {
            return Task.CompletedTask;
        }

        foreach (var requirement in context.PendingRequirements.ToList())
        {
            if ((requirement is SectionAccessRequirement && user.Section) || (requirement is PermissionRequirement { Permission: var permission } && user.Holds(permission)))
            {
                context.Succeed(requirement);
            }
        }

        return Task.CompletedTask;
    }
}
