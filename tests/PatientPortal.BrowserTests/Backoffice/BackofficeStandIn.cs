using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.FileProviders;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// Umbraco's side of the backoffice as the real <c>umb-app</c> meets it at start-up, played inside the browser
/// tests' site (test code only): the page, the app's files, server status and configuration, the manifests (ours,
/// unchanged), the token flow and the current user. Everything under <see cref="PackageApi"/> is not touched and
/// reaches the real site, which authorises it with the website admin's sign-in as it does the admin pages.
/// A call the stand-in does not know is answered 404 and remembered in <see cref="Unanswered"/>.
/// </summary>
public sealed class BackofficeStandIn(BackofficeFiles files) : IStartupFilter
{
    public const string PackageApi = "/umbraco/management/api/v1/patient-portal";
    private const string Api = "/umbraco/management/api/v1";

    public ConcurrentQueue<string> Unanswered { get; } = new();

    /// <summary>What the stand-in serves from the checkout, our manifest among them.</summary>
    public BackofficeFiles Files => files;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.MapWhen(IsUmbraco, branch =>
        {
            branch.UseStaticFiles(Cached("/umbraco/backoffice", files.Bundled));
            branch.UseStaticFiles(Cached("/umbraco/backoffice", files.App));
            branch.UseStaticFiles(Cached("/umbraco/harness", files.UuiCss));
            branch.UseRouting();
            branch.UseEndpoints(Map);
        });
        next(app);
    };

    /// <summary>
    /// As Umbraco serves its backoffice files (immutable, a year): a page opened again in the same browser context
    /// loads the app's thousands of modules from the cache instead of asking for each one.
    /// </summary>
    private static StaticFileOptions Cached(string path, string folder) => new()
    {
        RequestPath = path,
        FileProvider = new PhysicalFileProvider(folder),
        OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
    };

    private static bool IsUmbraco(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/umbraco") && !context.Request.Path.StartsWithSegments(PackageApi);

    private void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{Api}/server/status", () => Results.Json(new { serverStatus = "Run" }));
        endpoints.MapGet($"{Api}/server/configuration", () => Results.Json(new { allowPasswordReset = false, versionCheckPeriod = 0, allowLocalLogin = true, umbracoCssPath = "/css" }));
        endpoints.MapGet($"{Api}/server/information", () => Results.Json(new { version = "17.1.0", assemblyVersion = "17.1.0", baseUtcOffset = "00:00:00", runtimeMode = "Development" }));
        endpoints.MapGet($"{Api}/manifest/manifest/public", () => Results.Json(Array.Empty<object>()));
        endpoints.MapGet($"{Api}/manifest/manifest/private", () => Results.Json(new[] { files.PackageManifest() }));
        endpoints.MapGet($"{Api}/manifest/manifest", () => Results.Json(new[] { files.PackageManifest() }));
        BackofficeTokenFlow.Map(endpoints, Api);
        // The login and header logos: none (the app shows its alt text); server events: none, so no hub.
        endpoints.MapGet($"{Api}/security/back-office/graphics/{{name}}", () => Results.NotFound());
        endpoints.MapPost("/umbraco/serverEventHub/negotiate", () => Results.NotFound());
        // As a route handler (Delegate), so the answer is written; as a RequestDelegate it would be dropped.
        endpoints.MapGet($"{Api}/user/current", (Func<HttpContext, Task<IResult>>)BackofficeUsers.CurrentAsync);
        endpoints.MapGet($"{Api}/language", () => Results.Json(new { total = 1, items = new[] { new { name = "English (United Kingdom)", isoCode = "en-GB", isDefault = true, isMandatory = true, fallbackIsoCode = (string?)null } } }));
        endpoints.MapGet($"{Api}/user/current/configuration", () => BackofficeUsers.Configuration);
        endpoints.MapMethods($"{Api}/{{**rest}}", ["GET", "POST", "PUT", "DELETE"], (HttpContext context) =>
        {
            Unanswered.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            return Results.NotFound();
        });
        endpoints.MapGet("/umbraco/backoffice/{**rest}", () => Results.NotFound());
        // The npm package's sysinfo repository imports '../../../../package.json' as a module (Umbraco's server
        // bundles it); the browser asks for it here and accepts only a script.
        endpoints.MapGet("/umbraco/package.json", () => Results.Text($"export default {files.AppPackage().ToJsonString()};", "text/javascript"));
        // Every other address is a backoffice route: the page, as Umbraco answers (files that are missing stay 404).
        endpoints.MapGet("/umbraco/{**rest}", (string? rest) => Path.HasExtension(rest)
            ? Results.NotFound()
            : Results.Content(BackofficePage.Html(files.ImportMap()), "text/html; charset=utf-8"));
    }
}
