using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.IntegrationTests.Permissions;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Web.Common;

namespace PatientPortal.IntegrationTests.OpenApi;

/// <summary>
/// Issue 15 item 6: the package's own document (registered by AddPatientPortal, served by the package, not by the
/// host's MapOpenApi) describes every management endpoint with the policies its metadata asks for, and every public
/// API endpoint; staff with the section may read it.
/// </summary>
public sealed partial class PackageOpenApiDocumentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string DocumentPath = "/umbraco/management/api/openapi/patient-portal.json";

    [Fact]
    public async Task EveryManagementEndpoint_IsInTheDocument_WithThePoliciesItAsksFor()
    {
        var paths = await PathsAsync();
        var endpoints = ManagementEndpoint.All(portal.Services);

        Assert.True(endpoints.Count >= 40, $"Only {endpoints.Count} management endpoints were found.");
        Assert.All(endpoints, endpoint =>
        {
            var operation = paths[DocumentPathOf(endpoint.Route)]?[endpoint.Method.ToLowerInvariant()];
            Assert.True(operation is not null, $"{endpoint.Name} is not in the document.");
            var policies = operation!["x-authorization-policies"]!.AsArray().Select(policy => policy!.GetValue<string>()).Order(StringComparer.Ordinal);
            Assert.Equal(endpoint.Policies.Distinct().Order(StringComparer.Ordinal), policies);
            var roles = operation["security"]![0]!["BackOffice"]!.AsArray().Select(role => role!.GetValue<string>()).Order(StringComparer.Ordinal);
            Assert.Equal(policies, roles);
        });
    }

    [Fact]
    public async Task EveryPublicApiEndpoint_IsInTheDocument_ButTheProvidersWebhooks()
    {
        var paths = await PathsAsync();
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith(PatientPortalRoutes.PublicApi + "/", StringComparison.Ordinal) == true)
            // Twilio's and Stripe's signed form posts are theirs to describe: ApiExplorer leaves them out of every document.
            .Where(endpoint => endpoint.Metadata.GetMetadata<ApiExplorerSettingsAttribute>()?.IgnoreApi != true)
            .Select(endpoint => (Path: DocumentPathOf(endpoint.RoutePattern.RawText!.TrimStart('/')), Methods: endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]))
            .ToList();

        Assert.True(endpoints.Count >= 10, $"Only {endpoints.Count} public API endpoints were found.");
        Assert.All(endpoints, endpoint => Assert.All(endpoint.Methods, method =>
            Assert.True(paths[endpoint.Path]?[method.ToLowerInvariant()]?["x-authorization-policies"] is JsonArray, $"{method} {endpoint.Path} is not in the document with its policies.")));
    }

    [Fact]
    public async Task TheDocument_IsServedToAMarketingEditor_AndRefusedToAUserWithoutTheSection_AndToAnonymousCallers()
    {
        using var editor = await (await portal.AdminAsync(PortalFactory.MarketingEditor)).GetAsync(new Uri(DocumentPath, UriKind.Relative));
        using var outsider = await (await portal.AdminAsync(PortalFactory.Outsider)).GetAsync(new Uri(DocumentPath, UriKind.Relative));
        using var anonymous = await portal.Browser().GetAsync(new Uri(DocumentPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.DoesNotContain("/umbraco/management/api", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDocument_DescribesItsSecuritySchemes()
    {
        var schemes = (await DocumentAsync())["components"]?["securitySchemes"]?.AsObject();

        Assert.Equal("bearer", schemes?["BackOffice"]?["scheme"]?.GetValue<string>());
        Assert.Equal("cookie", schemes?["Patient"]?["in"]?.GetValue<string>());
    }

    private async Task<JsonObject> PathsAsync() => (await DocumentAsync())["paths"]!.AsObject();

    private async Task<JsonNode> DocumentAsync()
    {
        var admin = await portal.AdminAsync();
        return JsonNode.Parse(await admin.GetStringAsync(new Uri(DocumentPath, UriKind.Relative)))!;
    }

    /// <summary>A route template as the document writes it: a leading slash, parameters without their constraints.</summary>
    private static string DocumentPathOf(string route) => "/" + Parameter().Replace(route, match => $"{{{match.Groups["name"].Value}}}");

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}
