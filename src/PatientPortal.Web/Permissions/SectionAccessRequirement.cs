using Microsoft.AspNetCore.Authorization;

namespace PatientPortal.Web.Permissions;

/// <summary>The user may use the Patient Portal section (<see cref="PatientPortalPermissions.SectionAlias"/>).</summary>
public sealed class SectionAccessRequirement : IAuthorizationRequirement
{
    public static SectionAccessRequirement Instance { get; } = new();

    private SectionAccessRequirement()
    {
    }

    public static string SectionAlias => PatientPortalPermissions.SectionAlias;
}
