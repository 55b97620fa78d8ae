using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.OpenApi;

/// <summary>
/// The backoffice's typed client is generated from a checked-in copy of the package's document
/// (<c>src/PatientPortal.Web/Client/openapi/patient-portal.json</c>); this keeps that copy equal to what the site
/// serves, so the client cannot drift from the server. <c>PATIENT_PORTAL_WRITE_OPENAPI_SNAPSHOT=1</c> writes the copy
/// instead of comparing (and still fails, so a refresh is never mistaken for a pass).
/// </summary>
public sealed class OpenApiSnapshotTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string DocumentPath = "/umbraco/management/api/openapi/patient-portal.json";

    private const string WriteVariable = "PATIENT_PORTAL_WRITE_OPENAPI_SNAPSHOT";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task TheCheckedInSnapshot_IsTheDocumentTheSiteServes()
    {
        var admin = await portal.AdminAsync();
        var served = Normalised(JsonNode.Parse(await admin.GetStringAsync(new Uri(DocumentPath, UriKind.Relative)))!);
        var snapshotPath = SnapshotPath();

        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(snapshotPath, served.ToJsonString(Indented) + "\n");
            Assert.Fail($"Wrote {snapshotPath}; run the test again without {WriteVariable} (and npm run build in the client) to check it.");
        }

        var snapshot = File.Exists(snapshotPath) ? Normalised(JsonNode.Parse(await File.ReadAllTextAsync(snapshotPath))!) : null;
        Assert.True(
            snapshot is not null && JsonNode.DeepEquals(served, snapshot),
            $"{snapshotPath} is not the document the site serves at {DocumentPath} (first difference: {FirstDifference(served, snapshot, "$")}). "
            + $"Refresh it with: {WriteVariable}=1 dotnet test tests/PatientPortal.IntegrationTests -c Release --no-build --filter \"FullyQualifiedName~OpenApiSnapshotTests\", "
            + "then run npm run build in src/PatientPortal.Web/Client to regenerate the client and commit both.");
    }

    /// <summary>The document without what depends on the host serving it (its server addresses), properties in name order.</summary>
    private static JsonNode Normalised(JsonNode document)
    {
        document.AsObject().Remove("servers");
        return Sorted(document)!;
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject value => new JsonObject(value.OrderBy(property => property.Key, StringComparer.Ordinal)
            .Select(property => KeyValuePair.Create(property.Key, Sorted(property.Value)))),
        JsonArray value => new JsonArray([.. value.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    /// <summary>Where the two first differ, as a JSON path, so the failure names the changed operation or schema.</summary>
    private static string FirstDifference(JsonNode? served, JsonNode? snapshot, string path)
    {
        if (served is JsonObject left && snapshot is JsonObject right)
        {
            var key = left.Select(property => property.Key).Union(right.Select(property => property.Key))
                .FirstOrDefault(name => !JsonNode.DeepEquals(left[name], right[name]));
            return key is null ? path : FirstDifference(left[key], right[key], $"{path}.{key}");
        }

        if (served is JsonArray items && snapshot is JsonArray others && items.Count == others.Count)
        {
            var index = Enumerable.Range(0, items.Count).FirstOrDefault(i => !JsonNode.DeepEquals(items[i], others[i]), -1);
            return index < 0 ? path : FirstDifference(items[index], others[index], $"{path}[{index}]");
        }

        return snapshot is null && path == "$" ? "no snapshot" : path;
    }

    private static string SnapshotPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PatientPortal.sln")))
            {
                return Path.Combine(folder.FullName, "src", "PatientPortal.Web", "Client", "openapi", "patient-portal.json");
            }
        }

        throw new DirectoryNotFoundException("The repository root (PatientPortal.sln) was not found above the test assembly.");
    }
}
