namespace PatientPortal.Web.Permissions;

/// <summary>
/// The Patient Portal section and the permissions inside it. A host grants them to its backoffice users; in Umbraco
/// the section is a user group's allowed section and each permission a user group permission (verb) of that name.
/// </summary>
public static class PatientPortalPermissions
{
    /// <summary>The section's alias, as the backoffice manifest (<c>umbraco-package.json</c>) registers it.</summary>
    public const string SectionAlias = "PatientPortal.Section";

    /// <summary>Patients, their profiles, invitations, bulk runs, deliveries, payments, chargebands and the figures that reveal patients.</summary>
    public const string PatientData = "PatientPortal.PatientData";

    /// <summary>Message templates: read, edit, revert, and preview with sample data.</summary>
    public const string Templates = "PatientPortal.Templates";

    /// <summary>Imports from the practice-management system.</summary>
    public const string Imports = "PatientPortal.Imports";

    public static IReadOnlyList<string> All { get; } = [PatientData, Templates, Imports];
}
