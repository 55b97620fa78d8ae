using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// The OpenID Connect code flow the app runs against Umbraco's back-office authorisation server
/// (/security/back-office/authorize, token, revoke, signout), answered without a sign-in page: the code is granted at
/// once and the token is an opaque string. Who the user is comes from the real site (<see cref="BackofficeUsers"/>);
/// the token only lets the app believe it is signed in.
/// </summary>
public static class BackofficeTokenFlow
{
    public static void Map(IEndpointRouteBuilder endpoints, string api)
    {
        var security = $"{api}/security/back-office";
        endpoints.MapGet($"{security}/authorize", (HttpContext context, string redirect_uri, string? state) =>
        {
            // Only back to this site's own oauth_complete page, as Umbraco's registered client allows.
            var back = new Uri(redirect_uri);
            if (back.Authority != context.Request.Host.Value)
            {
                return Results.BadRequest();
            }

            var query = QueryString.Create(new Dictionary<string, string?> { ["code"] = "harness-code", ["state"] = state ?? string.Empty });
            return Results.Redirect(back.GetLeftPart(UriPartial.Path) + query);
        });
        endpoints.MapPost($"{security}/token", () => Results.Json(new
        {
            access_token = $"harness-{Guid.NewGuid():N}",
            token_type = "Bearer",
            expires_in = 3600,
            refresh_token = "harness-refresh",
            scope = "offline_access",
        }));
        endpoints.MapPost($"{security}/revoke", () => Results.Ok());
        endpoints.MapGet($"{security}/signout", (string? post_logout_redirect_uri) => Results.Redirect(post_logout_redirect_uri ?? "/umbraco"));
    }
}
