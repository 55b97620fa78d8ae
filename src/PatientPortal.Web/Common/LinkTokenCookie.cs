using Microsoft.AspNetCore.Http;

namespace PatientPortal.Web.Common;

/// <summary>
/// A link's token moved out of the URL into a short-lived cookie on the first visit, and read back (once) when the
/// patient presses the page's button. Opening a link never uses it up, because mail scanners fetch links.
/// </summary>
internal sealed class LinkTokenCookie(string name, string path)
{
    public void Keep(HttpContext context, string token) => context.Response.Cookies.Append(name, token, new CookieOptions
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = path,
        MaxAge = TimeSpan.FromMinutes(30),
        IsEssential = true,
    });

    public bool IsKept(HttpContext context) => context.Request.Cookies.ContainsKey(name);

    /// <summary>The token, deleting the cookie: a second press has nothing to send.</summary>
    public string? Take(HttpContext context)
    {
        var token = context.Request.Cookies[name];
        context.Response.Cookies.Delete(name, new CookieOptions { Path = path });
        return token;
    }
}
