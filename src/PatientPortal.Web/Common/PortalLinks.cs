using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Common;

internal sealed class PortalLinks(IOptions<PracticeOptions> practice) : IPortalLinks
{
    private static readonly CompositeFormat AppointmentPaymentFormat = CompositeFormat.Parse(PatientPortalRoutes.AppointmentPaymentPage);

    private Uri BaseUrl
    {
        get
        {
            var url = practice.Value.PublicBaseUrl;
            return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        }
    }

    public Uri ConfirmEmail(string token) =>
        new(BaseUrl, $"{PatientPortalRoutes.ConfirmEmailPage.TrimStart('/')}?token={Uri.EscapeDataString(token)}");

    public Uri ConfirmEmailChange(string token) =>
        new(BaseUrl, $"{PatientPortalRoutes.ConfirmEmailChangePage.TrimStart('/')}?token={Uri.EscapeDataString(token)}");

    public Uri SignIn() => new(BaseUrl, PatientPortalRoutes.SignInPage.TrimStart('/'));

    public Uri Invitation(string token, string? portalBaseUrl = null) =>
        Absolute($"{PatientPortalRoutes.InvitationPage}?token={Uri.EscapeDataString(token)}", portalBaseUrl);

    public string AppointmentPaymentPath(Guid appointmentId) =>
        string.Format(CultureInfo.InvariantCulture, AppointmentPaymentFormat, appointmentId);

    public string BookingSearchPath(Guid serviceId) => $"{PatientPortalRoutes.BookingSearchPage}?service={serviceId}";

    public Uri Absolute(string localPath, string? portalBaseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(localPath);
        var root = portalBaseUrl is null ? BaseUrl : new Uri(portalBaseUrl.EndsWith('/') ? portalBaseUrl : portalBaseUrl + "/");
        return new(root, localPath.TrimStart('/'));
    }

    public Uri SmsStatusCallback() => new(BaseUrl, PatientPortalRoutes.SmsStatusCallback.TrimStart('/'));
}
