using System.Net;
using System.Text.Json.Nodes;
using PatientPortal.Umbraco.Tests.Manifest;

namespace PatientPortal.Umbraco.Tests.Packaging;

/// <summary>
/// Issue 15 item 5: `dotnet add package PatientPortal` from the packed feed into a new web project, which then builds,
/// starts and serves the backoffice's manifest and modules where Umbraco loads them, and the package's APIs.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageInstallTests(PackedFeed feed)
{
    private const string ManifestPath = "/App_Plugins/PatientPortal/umbraco-package.json";

    [Fact]
    public async Task TheInstalledSite_ServesTheBackofficeManifest_AsShippedInTheRepository()
    {
        var site = await feed.SiteAsync();

        using var response = await site.Client.GetAsync(new Uri(ManifestPath, UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{ManifestPath} answered {(int)response.StatusCode}.\n{site.Output}");
        Assert.Equal(File.ReadAllText(Repository.Path("umbraco-package.json")), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheInstalledSite_ServesEveryModuleTheManifestNames_AndNotTheWebsiteBundle()
    {
        var site = await feed.SiteAsync();
        var modules = JsonNode.Parse(File.ReadAllText(Repository.Path("umbraco-package.json")))!.AsObject()["extensions"]!.AsArray()
            .SelectMany(extension => new[] { extension?["js"], extension?["element"] })
            .Select(path => path?.GetValue<string>())
            .OfType<string>()
            .Distinct()
            .ToList();

        Assert.NotEmpty(modules);
        foreach (var module in modules)
        {
            using var response = await site.Client.GetAsync(new Uri(module, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{module} answered {(int)response.StatusCode}.");
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        }

        using var bundle = await site.Client.GetAsync(new Uri("/App_Plugins/PatientPortal/patient-portal.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, bundle.StatusCode);
    }

    [Fact]
    public async Task TheInstalledSite_RefusesTheManagementApiToAnonymousCallers_WithoutHidingIt()
    {
        var site = await feed.SiteAsync();

        using var response = await site.Client.GetAsync(new Uri("/umbraco/management/api/v1/patient-portal/chargebands", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheInstalledSite_ServesThePackagesApiDocument_ToStaffOnly_WithoutTheHostMappingIt()
    {
        var site = await feed.SiteAsync();

        using var response = await site.Client.GetAsync(new Uri("/umbraco/management/api/openapi/patient-portal.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TheInstalledSite_AnswersThePublicApi_WithItsOwnDatabase()
    {
        var site = await feed.SiteAsync();

        using var response = await site.Client.GetAsync(new Uri("/patient-portal/api/sign-up/form", UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The sign-up form answered {(int)response.StatusCode}.\n{site.Output}");
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }
}
