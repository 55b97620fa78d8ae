using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Practice;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;
using PatientPortal.Website.Admin;
using PatientPortal.Website.DemoData;

namespace PatientPortal.Website;

/// <summary>The few pages of the practice website itself: home, privacy policy, admin start page.</summary>
internal static class WebsitePages
{
    public static IEndpointRouteBuilder MapWebsitePages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context, IOptions<PracticeOptions> practice) => Page(context, practice.Value.Name, $"""
            <h1>{Encode(practice.Value.Name)}</h1>
            <ul>
              <li><a href="/patient-portal/sign-up">Sign up to the patient portal</a> (demo invite code <code>Welcome123</code>)</li>
              <li><a href="/patient-portal/sign-in">Sign in to the patient portal</a> (demo: {DemoAccounts.SoloEmail} or {DemoAccounts.FamilyEmail}, password "{DemoDataSeeder.DemoPassword}")</li>
              <li><a href="/privacy">Privacy policy</a></li>
              <li><a href="/admin">Practice admin</a></li>
            </ul>
            """));

        endpoints.MapGet("/privacy", (HttpContext context, IOptions<PracticeOptions> practice) => Page(context, "Privacy policy", $"""
            <h1>Privacy policy</h1>
            <p>Version {Encode(practice.Value.PrivacyPolicyVersion)}.</p>
            <p>{Encode(practice.Value.Name)} keeps the details you give us to provide your care and to run your patient portal account.
            We use your email address and mobile number to send you links and appointment messages. We never sell your details.</p>
            """));

        endpoints.MapGet("/admin", async (HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, IAuthorizationService authorization) => Page(context, "Practice admin", $"""
            <h1>Practice admin</h1>
            <p>Signed in as {Encode(context.User.Identity?.Name ?? string.Empty)}.</p>
            <p>The management API is described at <a href="/openapi/v1.json">/openapi/v1.json</a>;
            chargebands are at <a href="/umbraco/management/api/v1/patient-portal/chargebands">/umbraco/management/api/v1/patient-portal/chargebands</a>.</p>
            {await ScreenLinksAsync(context, authorization)}
            <form method="post" action="/admin/sign-out">{AntiforgeryField(antiforgery, context)}<button type="submit">Sign out</button></form>
            """)).RequireAuthorization(AdminOnly);

        // The package's backoffice screens, hosted outside Umbraco: the same elements, calling the management
        // API with the admin's cookie where the backoffice would pass its bearer token. Each asks for the policy of
        // the calls it makes; the API refuses those calls (403) to anyone without it all the same.
        foreach (var screen in AdminScreens.All)
        {
            endpoints.MapGet(screen.Path, (HttpContext context) => Screen(context, screen.Title, screen.Element, configure: screen.Configure))
                .RequireAuthorization(AdminOnly).RequireAuthorization(screen.Policy);
        }

        endpoints.MapGet("/admin/patients/{id:guid}", (HttpContext context, Guid id) => Screen(context, "Patient", "pp-patient", $"patient-id=\"{id}\"", """<a href="/admin/patients">Patients</a>"""))
            .RequireAuthorization(AdminOnly).RequireAuthorization(PatientPortalPolicies.PatientData);
        endpoints.MapGet(AdminAuthentication.AccessDeniedPath, (HttpContext context) => Page(context, "Not available to you", """
            <h1>Not available to you</h1>
            <p>Your admin account does not have the permission this page needs. Ask the practice admin if you should have it.</p>
            <p><a href="/admin">Back to practice admin</a></p>
            """, StatusCodes.Status403Forbidden)).RequireAuthorization(AdminOnly);
        return endpoints;
    }

    private static void AdminOnly(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(AdminAuthentication.Scheme).RequireAuthenticatedUser();

    /// <summary>Links to the screens the signed-in admin may use; the others are left out.</summary>
    private static async Task<string> ScreenLinksAsync(HttpContext context, IAuthorizationService authorization)
    {
        var links = new List<string>();
        foreach (var screen in AdminScreens.All)
        {
            if ((await authorization.AuthorizeAsync(context.User, screen.Policy)).Succeeded)
            {
                links.Add($"<li><a href=\"{screen.Path}\">{Encode(screen.Title)}</a>{screen.Description}</li>");
            }
        }

        // The jobs dashboard shows job arguments, patients' contact details among them.
        if ((await authorization.AuthorizeAsync(context.User, PatientPortalPolicies.PatientData)).Succeeded)
        {
            links.Add("<li><a href=\"/admin/jobs\">Jobs</a>: the package's background jobs (Hangfire's dashboard): queued, scheduled, failed and recurring</li>");
        }

        return links.Count > 0 ? $"<ul>{string.Concat(links)}</ul>" : "<p>Your admin account has no Patient Portal permissions yet.</p>";
    }

    /// <summary>One screen (a package element) on an admin page, given a client that uses the admin's cookie.</summary>
    private static IResult Screen(HttpContext context, string title, string element, string attributes = "", string breadcrumb = "", string configure = "") => Page(context, title, $$"""
        <nav aria-label="Breadcrumb"><a href="/admin">Practice admin</a> {{(breadcrumb.Length > 0 ? "/ " + breadcrumb : string.Empty)}}</nav>
        <{{element}} {{attributes}}></{{element}}>
        <script type="module" nonce="{{SecurityHeadersAttribute.Nonce(context)}}">
          import { ManagementApi } from '/App_Plugins/PatientPortal/patient-portal.js';
          const element = document.querySelector('{{element}}');
          {{configure}}
          element.api = new ManagementApi();
        </script>
        """);

    /// <summary>A page whose inline style (and a screen's script) carry this answer's CSP nonce (<see cref="WebsiteSecurityHeaders"/>).</summary>
    private static IResult Page(HttpContext context, string title, string body, int statusCode = StatusCodes.Status200OK) =>
        Results.Content($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style nonce=\"{SecurityHeadersAttribute.Nonce(context)}\">body {{ font-family: system-ui, sans-serif; margin: 1.5rem; }}</style></head><body>{body}</body></html>", "text/html; charset=utf-8", statusCode: statusCode);

    private static string AntiforgeryField(Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken ?? string.Empty)}\">";
    }

    private static string Encode(string value) => System.Net.WebUtility.HtmlEncode(value);
}
