using System.IO.Compression;
using System.Xml.Linq;
using PatientPortal.Umbraco.Tests.Manifest;

namespace PatientPortal.Umbraco.Tests.Packaging;

/// <summary>
/// The solution's packages, packed from this build into a folder feed in a temp directory under a version of their
/// own (so no package cached from an earlier run is taken instead); the feed and the cached copies go afterwards.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}

public sealed class PackedFeed : IAsyncLifetime
{
    /// <summary>Each packed project and the package it makes; PatientPortal is the one a site installs.</summary>
    public static readonly IReadOnlyDictionary<string, string> Projects = new Dictionary<string, string>
    {
        ["PatientPortal.Core"] = "src/PatientPortal.Core/PatientPortal.Core.csproj",
        ["PatientPortal.Infrastructure"] = "src/PatientPortal.Infrastructure/PatientPortal.Infrastructure.csproj",
        ["PatientPortal.Web"] = "src/PatientPortal.Web/PatientPortal.Web.csproj",
        ["PatientPortal"] = "src/PatientPortal.Umbraco/PatientPortal.Umbraco.csproj",
    };

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "patient-portal-package-" + Guid.NewGuid().ToString("N")[..8]);

    public string Folder => Path.Combine(Root, "feed");

    public string Version { get; } = "0.0.1-smoke." + Guid.NewGuid().ToString("N")[..8];

    private readonly Lazy<Task<FreshSite>> site;

    public PackedFeed() => site = new(() => FreshSite.InstallAsync(Path.Combine(Root, "site"), Folder, Version));

    /// <summary>A fresh web project with the package installed from the feed and running; installed on first use.</summary>
    public Task<FreshSite> SiteAsync() => site.Value;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        foreach (var project in Projects.Values)
        {
            await DotnetCli.RunAsync(Repository.Path("."), TimeSpan.FromMinutes(2),
                "pack", Repository.Path(project), "-c", DotnetCli.Configuration, "--no-build", "--disable-build-servers", "-o", Folder,
                $"-p:PackageVersion={Version}", $"-p:NuspecOutputPath={Path.Combine(Root, "nuspec")}/");
        }
    }

    public async Task DisposeAsync()
    {
        if (site.IsValueCreated && site.Value.IsCompletedSuccessfully)
        {
            await (await site.Value).DisposeAsync();
        }

        Directory.Delete(Root, recursive: true);
        // The site's restore extracted these into the global packages folder; nothing else will ask for this version.
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in Projects.Keys)
        {
            var package = Path.Combine(packages, id.ToLowerInvariant());
            if (Directory.Exists(Path.Combine(package, Version)))
            {
                Directory.Delete(Path.Combine(package, Version), recursive: true);
                if (!Directory.EnumerateFileSystemEntries(package).Any())
                {
                    Directory.Delete(package);
                }
            }
        }
    }

    /// <summary>The files inside a package and its nuspec.</summary>
    public (IReadOnlyList<string> Files, XElement Nuspec) Open(string id)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(Folder, $"{id}.{Version}.nupkg"));
        var nuspec = zip.GetEntry($"{id}.nuspec") ?? throw new InvalidOperationException($"{id} has no nuspec.");
        using var stream = nuspec.Open();
        return (zip.Entries.Select(entry => entry.FullName).ToList(), XDocument.Load(stream).Root!);
    }
}
