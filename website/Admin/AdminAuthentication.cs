using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using PatientPortal.Web.Common;

namespace PatientPortal.Website.Admin;

/// <summary>
/// The website's stand-in for Umbraco's backoffice sign-in: a cookie that satisfies the BackOfficeAccess
/// policy the package's management API asks for. Anonymous API calls get 401, not a redirect.
/// </summary>
public static class AdminAuthentication
{
    public const string Scheme = "Website.Admin";
    private const string SignInPath = "/admin/sign-in";

    public static IServiceCollection AddAdminSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection("Website:Admin")).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = ".Website.Admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = SignInPath;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(BackOfficePolicy.Name, policy =>
            policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        return services;
    }

    public static IEndpointRouteBuilder MapAdminSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, (HttpContext context, IAntiforgery antiforgery, string? error) =>
            Results.Content(SignInForm(antiforgery.GetAndStoreTokens(context), error), "text/html; charset=utf-8"));

        endpoints.MapPost(SignInPath, async (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string? username, [Microsoft.AspNetCore.Mvc.FromForm] string? password, IOptions<AdminOptions> admin, ILogger<AdminOptions> logger) =>
        {
            if (!Matches(username, admin.Value.Username) | !Matches(password, admin.Value.Password))
            {
                logger.LogWarning("Failed admin sign-in for {Username}", username);
                return Results.Redirect(SignInPath + "?error=1");
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, admin.Value.Username)], Scheme);
            await context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
            logger.LogInformation("Admin {Username} signed in", admin.Value.Username);
            return Results.Redirect("/admin");
        });

        endpoints.MapPost("/admin/sign-out", async (HttpContext context) =>
        {
            await context.SignOutAsync(Scheme);
            return Results.Redirect("/");
        });
        return endpoints;
    }

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static bool Matches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static string SignInForm(AntiforgeryTokenSet tokens, string? error) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Practice admin sign-in</title></head>
        <body>
        <h1>Practice admin sign-in</h1>
        {(error is null ? string.Empty : "<p role=\"alert\">The username or password is not right.</p>")}
        <form method="post" action="{SignInPath}">
          <input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">
          <p><label for="username">Username</label><br><input id="username" name="username" autocomplete="username"></p>
          <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password"></p>
          <p><button type="submit">Sign in</button></p>
        </form>
        </body></html>
        """;
}
