using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PatientPortal.Web.Common;

/// <summary>
/// The cookie handler builds its sign-in, access-denied and sign-out redirects from the request's scheme and
/// Host header, which a client chooses. These keep the path and query only, so a forged Host cannot send
/// the browser elsewhere (nor poison a cache that keys on the path).
/// </summary>
public static class LocalRedirects
{
    public static CookieAuthenticationEvents KeepRedirectsLocal(this CookieAuthenticationEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var toLogin = events.OnRedirectToLogin;
        var toAccessDenied = events.OnRedirectToAccessDenied;
        var toLogout = events.OnRedirectToLogout;
        events.OnRedirectToLogin = context => toLogin(Local(context));
        events.OnRedirectToAccessDenied = context => toAccessDenied(Local(context));
        events.OnRedirectToLogout = context => toLogout(Local(context));
        return events;
    }

    /// <summary>The path and query of an absolute URL; a relative one as it is.</summary>
    public static string PathOnly(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.PathAndQuery
            : url;

    private static RedirectContext<CookieAuthenticationOptions> Local(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.RedirectUri = PathOnly(context.RedirectUri);
        return context;
    }
}
