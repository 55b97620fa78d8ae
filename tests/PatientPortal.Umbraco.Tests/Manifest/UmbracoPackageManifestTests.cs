using System.Text.Json;
using System.Text.Json.Nodes;

namespace PatientPortal.Umbraco.Tests.Manifest;

/// <summary>
/// umbraco-package.json (the backoffice extension manifest at the repository root) against the official schema of
/// @umbraco-cms/backoffice, and against what the build ships in /App_Plugins/PatientPortal.
/// </summary>
public sealed class UmbracoPackageManifestTests : IClassFixture<UmbracoPackageManifestTests.Schema>
{
    private readonly UmbracoPackageSchema _schema;

    public UmbracoPackageManifestTests(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema.Value;
    }

    [Fact]
    public void TheManifest_IsValid_ExtensionByExtension()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Repository.Path("umbraco-package.json")));

        var problems = _schema.Validate(manifest.RootElement);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void TheManifest_HasThePatientPortalSection_AViewInItForEachScreen_AndItsDashboard()
    {
        var extensions = Extensions(Manifest());

        var section = Assert.Single(extensions, extension => (string?)extension["type"] == "section");
        Assert.Equal("PatientPortal.Section", (string?)section["alias"]);
        // Named from our dictionaries, as the views are ("Patient Portal" in en-GB, checked in the backoffice app).
        Assert.Equal("#ppSection_name", (string?)section["meta"]?["label"]);
        var views = extensions.Where(extension => (string?)extension["type"] == "sectionView").ToList();
        Assert.Equal(["chargebands", "messages", "patients", "templates"], views.Select(view => (string?)view["meta"]?["pathname"]).Order());
        Assert.All(views, view => Assert.Equal("PatientPortal.Section", (string?)view["conditions"]?[0]?["match"]));
        var dashboard = Assert.Single(extensions, extension => (string?)extension["type"] == "dashboard");
        Assert.Equal("pp-backoffice-dashboard", (string?)dashboard["elementName"]);
        Assert.Equal("PatientPortal.Section", (string?)dashboard["conditions"]?[0]?["match"]);
    }

    [Fact]
    public void AnExtensionOfAnUnknownType_Fails()
    {
        var manifest = Manifest();
        manifest["extensions"]!.AsArray().Add(new JsonObject { ["type"] = "sectionDashboard", ["alias"] = "PatientPortal.Wrong", ["name"] = "Wrong" });

        var problems = Validate(manifest);

        Assert.Contains(problems, problem => problem.Contains("\"sectionDashboard\" is not an extension type", StringComparison.Ordinal));
    }

    [Fact]
    public void AFieldOfTheWrongKind_Fails()
    {
        var manifest = Manifest();
        var section = Extensions(manifest).Single(extension => (string?)extension["type"] == "section");
        section["weight"] = "high";
        section["meta"]!.AsObject().Remove("pathname");

        var problems = Validate(manifest);

        Assert.Contains(problems, problem => problem.Contains("/weight", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("pathname", StringComparison.Ordinal));
    }

    [Fact]
    public void AFieldNoDefinitionOfTheTypeKnows_Fails()
    {
        var manifest = Manifest();
        var view = Extensions(manifest).First(extension => (string?)extension["type"] == "sectionView");
        view["elementname"] = view["elementName"]!.GetValue<string>();

        var problems = Validate(manifest);

        Assert.Contains(problems, problem => problem.Contains("has no field \"elementname\"", StringComparison.Ordinal));
    }

    [Fact]
    public void AConditionWithoutItsAlias_Fails()
    {
        var manifest = Manifest();
        var view = Extensions(manifest).First(extension => (string?)extension["type"] == "sectionView");
        view["conditions"] = new JsonArray(new JsonObject { ["match"] = "PatientPortal.Section" });

        Assert.NotEmpty(Validate(manifest));
    }

    [Fact]
    public void ThePackageWithoutAName_Fails()
    {
        var manifest = Manifest();
        manifest.Remove("name");

        Assert.Contains(Validate(manifest), problem => problem.StartsWith("the package", StringComparison.Ordinal));
    }

    [Fact]
    public void TheBuild_ShipsTheManifest_AndTheElementsItNames()
    {
        var shipped = Repository.Path("src/PatientPortal.Web/wwwroot/App_Plugins/PatientPortal/umbraco-package.json");
        Assert.True(File.Exists(shipped), "Build src/PatientPortal.Web (with Node.js) first: it ships the manifest and the screens.");
        Assert.Equal(File.ReadAllText(Repository.Path("umbraco-package.json")), File.ReadAllText(shipped));

        foreach (var extension in Extensions(Manifest()).Where(extension => extension["element"] is not null))
        {
            var url = (string)extension["element"]!;
            Assert.StartsWith("/App_Plugins/PatientPortal/", url, StringComparison.Ordinal);
            var file = Repository.Path("src/PatientPortal.Web/wwwroot" + url);
            Assert.True(File.Exists(file), $"{extension["alias"]} loads {url}, which the build did not write.");
            Assert.Contains($"\"{extension["elementName"]}\"", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    private List<string> Validate(JsonObject manifest)
    {
        using var document = JsonDocument.Parse(manifest.ToJsonString());
        return [.. _schema.Validate(document.RootElement)];
    }

    private static JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(Repository.Path("umbraco-package.json")))!.AsObject();

    private static List<JsonObject> Extensions(JsonObject manifest) => [.. manifest["extensions"]!.AsArray().OfType<JsonObject>()];

    /// <summary>The schema is large (half a megabyte): read once for the class.</summary>
    public sealed class Schema
    {
        public UmbracoPackageSchema Value { get; } = Load();

        private static UmbracoPackageSchema Load()
        {
            var path = Repository.Path("src/PatientPortal.Web/Client/node_modules/@umbraco-cms/backoffice/dist-cms/umbraco-package-schema.json");
            Assert.True(File.Exists(path), $"{path} is missing: the build installs the client's npm packages (npm ci in src/PatientPortal.Web/Client).");
            return new UmbracoPackageSchema(path);
        }
    }
}

internal static class Repository
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "PatientPortal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with PatientPortal.sln) was not found above the test's folder.");
    });

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);
}
