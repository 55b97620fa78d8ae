using PatientPortal.Web.Permissions;

namespace PatientPortal.Website.Admin;

/// <summary>A package screen on the demo host's admin pages and the policy its API calls need.</summary>
internal sealed record AdminScreen(string Path, string Title, string Element, string Policy, string Description, string Configure = "");

internal static class AdminScreens
{
    private const string PatientLinks = "element.patientHref = (id) => `/admin/patients/${id}`;";

    public static IReadOnlyList<AdminScreen> All { get; } =
    [
        new("/admin/dashboard", "Dashboard", "pp-dashboard", PatientPortalPolicies.PatientData, ": the invitation funnel (sent, delivered, opened, completed) per day, and failed deliveries needing attention", PatientLinks),
        new("/admin/chargebands", "Chargebands", "pp-chargebands", PatientPortalPolicies.PatientData, string.Empty),
        new("/admin/patients", "Patients", "pp-patients", PatientPortalPolicies.PatientData, ": search, invite to the patient portal (one or many), invitation and message history", PatientLinks),
        new("/admin/messages", "Failed deliveries", "pp-failed-messages", PatientPortalPolicies.PatientData, ": messages that gave up, to send again, each naming its patient", PatientLinks),
        new("/admin/templates", "Message templates", "pp-templates", PatientPortalPolicies.Templates, ": the email and SMS of each message, with TRD tokens, live preview and version history"),
    ];
}
