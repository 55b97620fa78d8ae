namespace PatientPortal.Web.Portal;

public sealed record PortalHomePage(string DisplayName, string? Email, string? Mobile, string ChargebandName, bool AllowOnlineMessaging);
