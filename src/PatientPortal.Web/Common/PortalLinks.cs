using Microsoft.Extensions.Options;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Common;

internal sealed class PortalLinks(IOptions<PracticeOptions> practice) : IPortalLinks
{
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

    public Uri SignIn() => new(BaseUrl, PatientPortalRoutes.SignInPage.TrimStart('/'));

    public Uri Invitation(string token, string? portalBaseUrl = null)
    {
        var root = portalBaseUrl is null ? BaseUrl : new Uri(portalBaseUrl.EndsWith('/') ? portalBaseUrl : portalBaseUrl + "/");
        return new(root, $"{PatientPortalRoutes.InvitationPage.TrimStart('/')}?token={Uri.EscapeDataString(token)}");
    }

    public Uri SmsStatusCallback() => new(BaseUrl, PatientPortalRoutes.SmsStatusCallback.TrimStart('/'));
}
