using Microsoft.AspNetCore.Authorization;

namespace PatientPortal.Web.Permissions;

/// <summary>
/// The package's authorization policies, defined once here and used on every management endpoint beside the host's
/// <c>BackOfficeAccess</c> (which signs the user in). They hold requirements only; the host satisfies them from its
/// own users (PatientPortal.Umbraco from the Umbraco user; the demo website from its admin users). A host without
/// handlers for them refuses every management call.
/// </summary>
public static class PatientPortalPolicies
{
    /// <summary>The Patient Portal section; every management endpoint asks for it.</summary>
    public const string SectionAccess = "PatientPortalSectionAccess";

    /// <summary>The section and <see cref="PatientPortalPermissions.PatientData"/>.</summary>
    public const string PatientData = "PatientPortalPatientData";

    /// <summary>The section and <see cref="PatientPortalPermissions.Templates"/>.</summary>
    public const string Templates = "PatientPortalTemplates";

    /// <summary>The section and <see cref="PatientPortalPermissions.Imports"/>.</summary>
    public const string Imports = "PatientPortalImports";

    /// <summary>The policies that grant something inside the section; each management endpoint names one.</summary>
    public static IReadOnlyDictionary<string, string> PermissionOf { get; } = new Dictionary<string, string>
    {
        [PatientData] = PatientPortalPermissions.PatientData,
        [Templates] = PatientPortalPermissions.Templates,
        [Imports] = PatientPortalPermissions.Imports,
    };

    /// <summary>Adds the policies; <c>AddPatientPortal</c> does, so a host has no need to.</summary>
    public static void AddTo(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SectionAccess, policy => policy.AddRequirements(SectionAccessRequirement.Instance));
        foreach (var (name, permission) in PermissionOf)
        {
            options.AddPolicy(name, policy => policy.AddRequirements(SectionAccessRequirement.Instance, new PermissionRequirement(permission)));
        }
    }
}
