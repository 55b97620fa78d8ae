using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.SignIn.Throttling;
using PatientPortal.Web.Common;
using PatientPortal.Web.SignIn.Sessions;

namespace PatientPortal.Website.Admin;

/// <summary>
/// The website's stand-in for Umbraco's backoffice sign-in: a cookie that satisfies the BackOfficeAccess
/// policy the package's management API asks for, and the admin users' section and permissions for the package's
/// own policies (<see cref="AdminPermissionHandler"/>). Anonymous API calls get 401, refused ones 403, not a redirect.
/// </summary>
public static class AdminAuthentication
{
    public const string Scheme = "Website.Admin";
    private const string SignInPath = "/admin/sign-in";
    public const string AccessDeniedPath = "/admin/access-denied";

    public static IServiceCollection AddAdminSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection("Website:Admin")).ValidateDataAnnotations()
            .Validate(options => options.Problem() is null, "Website:Admin: each user needs a username of its own, a password of at least 12 characters and known permissions.")
            .ValidateOnStart();
        services.AddAuthentication().AddCookie(Scheme, options =>
        {
            options.Cookie.Name = ".Website.Admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = SignInPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden),
            };
        });
        DatabaseTicketStore.UseServerSideSessions(services, Scheme);
        services.AddAuthorizationBuilder().AddPolicy(BackOfficePolicy.Name, policy =>
            policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        // The package's section and permissions, from the admin users' settings.
        services.AddSingleton<IAuthorizationHandler, AdminPermissionHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdminSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, (HttpContext context, IAntiforgery antiforgery, string? error, string? signedOut) =>
            Results.Content(SignInForm(antiforgery.GetAndStoreTokens(context), error, signedOut is not null), "text/html; charset=utf-8"));

        endpoints.MapPost(SignInPath, async (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string? username, [Microsoft.AspNetCore.Mvc.FromForm] string? password, IOptions<AdminOptions> admin, PublicRateLimiter limiter, SignInThrottle throttle, ILogger<AdminOptions> logger) =>
        {
            // The same per-address limit as the public forms, then a per-username back-off (never a lock: this
            // login has no reset, so the longest wait is the throttle's maximum).
            if (await limiter.TryAcquireAsync(context) is { } retryAfter)
            {
                return TooMany(context, retryAfter);
            }

            var key = SignInThrottle.StaffKey(username ?? string.Empty);
            var attempt = await throttle.BeginAsync(key, canSuspend: false, context.RequestAborted);
            if (!attempt.Allowed)
            {
                logger.LogWarning("Admin sign-in refused after {Failures} failures in a row", attempt.Failures);
                return TooMany(context, attempt.RetryAfter);
            }

            if (SignedIn(admin.Value, username, password) is not { } user)
            {
                logger.LogWarning("Failed admin sign-in ({Failures} in a row for the username given)", attempt.Failures);
                return Results.Redirect(SignInPath + "?error=1");
            }

            await throttle.SucceededAsync(key, context.RequestAborted);
            await NewSessionSignIn.SignInAsync(context, Scheme, user.Principal(Scheme));
            logger.LogInformation("Admin {Username} signed in", user.Username);
            return Results.Redirect("/admin");
        });

        endpoints.MapPost("/admin/sign-out", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            // No form fields are bound here, so the antiforgery middleware would not refuse a forged post by itself.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Content(Page("This form could not be sent", "<p>The page was open too long or the form was sent from somewhere else, so you are still signed in. <a href=\"/admin\">Go back</a>, reload the page and try again.</p>"), "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            // Ends the session on the server too: a copy of the cookie stops working.
            await context.SignOutAsync(Scheme);
            return Results.Redirect("/admin/sign-in?signedOut=1");
        }).RequireAuthorization(BackOfficePolicy.Name); // so the token is checked against the signed-in admin it was made for
        return endpoints;
    }

    private static IResult TooMany(HttpContext context, TimeSpan retryAfter)
    {
        FailureResults.SetRetryAfter(context.Response, retryAfter);
        return Results.Content(
            Page("Too many attempts", $"<p role=\"alert\">Too many sign-in attempts. For your security, wait {PlainWords.Wait(retryAfter)} and <a href=\"{SignInPath}\">try again</a>.</p>"),
            "text/html; charset=utf-8",
            statusCode: StatusCodes.Status429TooManyRequests);
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

    /// <summary>The user whose username and password were given; every user is compared in full, so timing tells nothing.</summary>
    private static AdminUser? SignedIn(AdminOptions admin, string? username, string? password)
    {
        AdminUser? found = null;
        foreach (var user in admin.All())
        {
            if (Matches(username, user.Username) & Matches(password, user.Password))
            {
                found = user;
            }
        }

        return found;
    }

    private static bool Matches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static string SignInForm(AntiforgeryTokenSet tokens, string? error, bool signedOut) => Page("Practice admin sign-in", $"""
        <h1>Practice admin sign-in</h1>
        {(signedOut ? "<p role=\"status\">You have signed out.</p>" : string.Empty)}
        {(error is null ? string.Empty : "<p role=\"alert\">The username or password is not right.</p>")}
        <form method="post" action="{SignInPath}">
          <input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">
          <p><label for="username">Username</label><br><input id="username" name="username" autocomplete="username"></p>
          <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password"></p>
          <p><button type="submit">Sign in</button></p>
        </form>
        """);

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
        <body>
        {body}
        </body></html>
        """;
}
