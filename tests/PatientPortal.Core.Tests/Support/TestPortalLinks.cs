using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Tests.Support;

/// <summary>Links of the shape the web layer builds, on <see cref="TestPractice"/>'s address.</summary>
internal sealed class TestPortalLinks : IPortalLinks
{
    private static readonly Uri Base = new("https://portal.example/");

    public Uri ConfirmEmail(string token) => new(Base, $"patient-portal/confirm-email?token={Uri.EscapeDataString(token)}");

    public Uri ConfirmEmailChange(string token) => new(Base, $"patient-portal/confirm-email-change?token={Uri.EscapeDataString(token)}");

    public Uri SignIn() => new(Base, "patient-portal/sign-in");

    public Uri Invitation(string token, string? portalBaseUrl = null) => Absolute($"patient-portal/invitation?token={Uri.EscapeDataString(token)}", portalBaseUrl);

    public string AppointmentPaymentPath(Guid appointmentId) => $"/patient-portal/appointments/{appointmentId}/payment";

    public string BookingSearchPath(Guid serviceId) => $"/patient-portal/book?service={serviceId}";

    public Uri Absolute(string localPath, string? portalBaseUrl = null) =>
        new(portalBaseUrl is null ? Base : new Uri(portalBaseUrl.TrimEnd('/') + "/"), localPath.TrimStart('/'));

    public Uri SmsStatusCallback() => new(Base, "patient-portal/api/sms/status");
}
