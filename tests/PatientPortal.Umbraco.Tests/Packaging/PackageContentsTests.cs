using System.Xml.Linq;
using PatientPortal.Umbraco.Tests.Manifest;

namespace PatientPortal.Umbraco.Tests.Packaging;

/// <summary>Issue 15 item 5: what `dotnet pack` puts in each package, read from the packed .nupkg files.</summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageContentsTests(PackedFeed feed)
{
    public static TheoryData<string> Packages => new(PackedFeed.Projects.Keys);

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryPackage_HasTheReadmeIconLicenceAndRepository(string id)
    {
        var (files, nuspec) = feed.Open(id);

        Assert.Contains("README.md", files);
        Assert.Contains("icon.png", files);
        Assert.Equal("README.md", Metadata(nuspec, "readme"));
        Assert.Equal("icon.png", Metadata(nuspec, "icon"));
        Assert.Equal("MIT", Metadata(nuspec, "license"));
        Assert.StartsWith("https://", nuspec.Descendants(Name(nuspec, "repository")).Single().Attribute("url")?.Value, StringComparison.Ordinal);
        Assert.StartsWith("https://", Metadata(nuspec, "projectUrl"), StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheInstallablePackage_CarriesTheMarketplaceTag_AndItDependsOnUmbraco()
    {
        var tagged = PackedFeed.Projects.Keys.Where(id => Metadata(feed.Open(id).Nuspec, "tags")?.Split(' ').Contains("umbraco-marketplace") == true);

        Assert.Equal(["PatientPortal"], tagged);
        Assert.Contains("Umbraco.Cms.Core", Dependencies(feed.Open("PatientPortal").Nuspec).Keys);
        Assert.True(File.Exists(Repository.Path("umbraco-marketplace.json")), "The Marketplace reads umbraco-marketplace.json from the root of the project URL.");
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryPackage_DependsOnlyOnWhatItsProjectReferences_AndOnItsSiblingsAtExactlyItsVersion(string id)
    {
        var project = XDocument.Load(Repository.Path(PackedFeed.Projects[id])).Root!;
        var referenced = project.Descendants("PackageReference")
            .Where(reference => reference.Attribute("PrivateAssets")?.Value != "all")
            .Select(reference => reference.Attribute("Include")!.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var dependencies = Dependencies(feed.Open(id).Nuspec);

        var pinned = dependencies.Keys.Where(dependency => !referenced.Contains(dependency) && !PackedFeed.Projects.ContainsKey(dependency));
        Assert.Empty(pinned);
        Assert.All(dependencies.Where(dependency => PackedFeed.Projects.ContainsKey(dependency.Key)), sibling => Assert.Equal($"[{feed.Version}]", sibling.Value));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void NoPackage_CarriesContentFiles(string id)
    {
        var (files, nuspec) = feed.Open(id);

        Assert.DoesNotContain(files, file => file.StartsWith("content/", StringComparison.Ordinal) || file.StartsWith("contentFiles/", StringComparison.Ordinal));
        Assert.Empty(nuspec.Descendants(Name(nuspec, "contentFiles")));
    }

    [Fact]
    public void TheBackofficeAssets_AreTheManifestAndItsModules_WithoutTheWebsiteBundleOrSourceMaps()
    {
        var assets = feed.Open("PatientPortal.Web").Files.Where(file => file.StartsWith("staticwebassets/", StringComparison.Ordinal)).ToList();

        Assert.Contains("staticwebassets/App_Plugins/PatientPortal/umbraco-package.json", assets);
        Assert.Contains("staticwebassets/App_Plugins/PatientPortal/umbraco-entry.js", assets);
        Assert.All(assets, asset => Assert.StartsWith("staticwebassets/App_Plugins/PatientPortal/", asset, StringComparison.Ordinal));
        Assert.DoesNotContain(assets, asset => asset.EndsWith(".map", StringComparison.Ordinal));
        Assert.DoesNotContain("staticwebassets/App_Plugins/PatientPortal/patient-portal.js", assets);
    }

    private static XName Name(XElement nuspec, string local) => nuspec.Name.Namespace + local;

    private static string? Metadata(XElement nuspec, string name) => nuspec.Descendants(Name(nuspec, name)).SingleOrDefault()?.Value;

    private static Dictionary<string, string> Dependencies(XElement nuspec) =>
        nuspec.Descendants(Name(nuspec, "dependency")).ToDictionary(dependency => dependency.Attribute("id")!.Value, dependency => dependency.Attribute("version")!.Value);
}
