using Microsoft.AspNetCore.Authorization;

namespace PatientPortal.Web.Permissions;

/// <summary>The user holds <paramref name="Permission"/>, one of <see cref="PatientPortalPermissions.All"/>.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
