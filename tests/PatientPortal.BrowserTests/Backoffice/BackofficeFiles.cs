using System.Text.Json.Nodes;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// What the harness serves from the checkout: the backoffice app from the client's npm install of
/// <c>@umbraco-cms/backoffice</c> (its <c>dist-cms</c>, the same files Umbraco serves under /umbraco/backoffice),
/// Umbraco UI's stylesheet, and our real <c>umbraco-package.json</c>.
/// </summary>
public sealed class BackofficeFiles
{
    private const string Client = "src/PatientPortal.Web/Client";

    public BackofficeFiles()
    {
        Root = FindRoot();
        var app = Path.Combine(Root, Client, "node_modules", "@umbraco-cms", "backoffice", "dist-cms");
        if (!File.Exists(Path.Combine(app, "apps", "app", "app.element.js")))
        {
            throw new FileNotFoundException("@umbraco-cms/backoffice is not installed: build the solution first (it runs npm ci for the client).", app);
        }

        App = app;
        Bundled = Path.Combine(Root, "tests", "PatientPortal.BrowserTests", "obj", "backoffice-harness");
        if (!File.Exists(Path.Combine(Bundled, "external", "lit", "index.js")))
        {
            throw new FileNotFoundException("The harness's bundled externals are missing: build PatientPortal.BrowserTests (its BackofficeHarnessBundle target).", Bundled);
        }

        UuiCss = Path.Combine(Root, Client, "node_modules", "@umbraco-ui", "uui-css", "dist");
    }

    public string Root { get; }

    /// <summary>The app's files, served at /umbraco/backoffice as a real Umbraco site serves them.</summary>
    public string App { get; }

    /// <summary>The app's externals bundled (Backoffice/vite.harness.config.mjs), served over the npm package's re-exports.</summary>
    public string Bundled { get; }

    public string UuiCss { get; }

    /// <summary>The app's own import map (the npm package's umbraco-package.json), as Umbraco writes it into its page.</summary>
    public JsonNode ImportMap()
    {
        var importMap = JsonNode.Parse(File.ReadAllText(Path.Combine(App, "umbraco-package.json")))!["importmap"]!;
        // The two bare imports in the app's own packages, bundled beside the externals.
        importMap["imports"]!["uuid"] = "/umbraco/backoffice/modules/uuid.js";
        importMap["imports"]!["diff"] = "/umbraco/backoffice/modules/diff.js";
        return importMap;
    }

    /// <summary>The npm package's name and version, which the app shows as the server's.</summary>
    public JsonNode AppPackage()
    {
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(App, "..", "package.json")))!;
        return new JsonObject { ["name"] = package["name"]!.GetValue<string>(), ["version"] = package["version"]!.GetValue<string>() };
    }

    /// <summary>Our manifest exactly as the package ships it.</summary>
    public JsonNode PackageManifest() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "umbraco-package.json")))!;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PatientPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (PatientPortal.sln) was not found above the test assembly.");
    }
}
