using Microsoft.Net.Http.Headers;
using PatientPortal.Web.Common;

namespace PatientPortal.Website;

/// <summary>
/// The package's security headers on every answer of this host that does not set its own (the admin pages and
/// their sign-in, the home and privacy pages): pages whose inline script and style carry
/// <see cref="SecurityHeadersAttribute.Nonce"/> run, style attributes (Umbraco UI writes them) are allowed,
/// and none can be framed.
/// </summary>
internal static class WebsiteSecurityHeaders
{
    public static IApplicationBuilder UseWebsiteSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (!context.Response.Headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
                {
                    SecurityHeadersAttribute.Apply(context, allowStyleAttributes: true);
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
