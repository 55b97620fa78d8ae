using Microsoft.Extensions.Options;
using PatientPortal.Core.Practice;
using PatientPortal.Web.Common;
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

        endpoints.MapGet("/admin", (HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) => Page(context, "Practice admin", $"""
            <h1>Practice admin</h1>
            <p>Signed in as {Encode(context.User.Identity?.Name ?? string.Empty)}.</p>
            <p>The management API is described at <a href="/openapi/v1.json">/openapi/v1.json</a>;
            chargebands are at <a href="/umbraco/management/api/v1/patient-portal/chargebands">/umbraco/management/api/v1/patient-portal/chargebands</a>.</p>
            <ul>
              <li><a href="/admin/dashboard">Dashboard</a>: the invitation funnel (sent, delivered, opened, completed) per day, and failed deliveries needing attention</li>
              <li><a href="/admin/chargebands">Chargebands</a></li>
              <li><a href="/admin/patients">Patients</a>: search, invite to the patient portal (one or many), invitation and message history</li>
              <li><a href="/admin/messages">Failed deliveries</a>: messages that gave up, to send again</li>
              <li><a href="/admin/templates">Message templates</a>: the email and SMS of each message, with TRD tokens, live preview and version history</li>
            </ul>
            <form method="post" action="/admin/sign-out">{AntiforgeryField(antiforgery, context)}<button type="submit">Sign out</button></form>
            """)).RequireAuthorization(AdminOnly);

        // The package's backoffice screens, hosted outside Umbraco: the same elements, calling the management
        // API with the admin's cookie where the backoffice would pass its bearer token.
        endpoints.MapGet("/admin/dashboard", (HttpContext context) => Screen(context, "Dashboard", "pp-dashboard")).RequireAuthorization(AdminOnly);
        endpoints.MapGet("/admin/chargebands", (HttpContext context) => Screen(context, "Chargebands", "pp-chargebands")).RequireAuthorization(AdminOnly);
        endpoints.MapGet("/admin/patients", (HttpContext context) => Screen(context, "Patients", "pp-patients", configure: "element.patientHref = (id) => `/admin/patients/${id}`;"))
            .RequireAuthorization(AdminOnly);
        endpoints.MapGet("/admin/patients/{id:guid}", (HttpContext context, Guid id) => Screen(context, "Patient", "pp-patient", $"patient-id=\"{id}\"", """<a href="/admin/patients">Patients</a>"""))
            .RequireAuthorization(AdminOnly);
        endpoints.MapGet("/admin/messages", (HttpContext context) => Screen(context, "Failed deliveries", "pp-failed-messages")).RequireAuthorization(AdminOnly);
        endpoints.MapGet("/admin/templates", (HttpContext context) => Screen(context, "Message templates", "pp-templates")).RequireAuthorization(AdminOnly);
        return endpoints;
    }

    private static void AdminOnly(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(AdminAuthentication.Scheme).RequireAuthenticatedUser();

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
    private static IResult Page(HttpContext context, string title, string body) =>
        Results.Content($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title><style nonce=\"{SecurityHeadersAttribute.Nonce(context)}\">body {{ font-family: system-ui, sans-serif; margin: 1.5rem; }}</style></head><body>{body}</body></html>", "text/html; charset=utf-8");

    private static string AntiforgeryField(Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken ?? string.Empty)}\">";
    }

    private static string Encode(string value) => System.Net.WebUtility.HtmlEncode(value);
}
