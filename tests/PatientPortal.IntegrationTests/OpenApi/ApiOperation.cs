using System.Text.Json.Nodes;

namespace PatientPortal.IntegrationTests.OpenApi;

/// <summary>One operation of the OpenAPI document: what it takes and what it may answer.</summary>
public sealed record ApiOperation(string Method, string Path, JsonObject Node)
{
    public const string ManagementApi = "/umbraco/management/api/";
    public const string PublicApi = "/patient-portal/api/";

    public bool IsManagement => Path.StartsWith(ManagementApi, StringComparison.Ordinal);

    public string Name => $"{Method.ToUpperInvariant()} {Path}";

    public IEnumerable<JsonObject> Parameters(string where) =>
        (Node["parameters"] as JsonArray ?? []).OfType<JsonObject>().Where(parameter => parameter["in"]?.GetValue<string>() == where);

    /// <summary>The JSON body's schema, when the operation takes one.</summary>
    public JsonNode? BodySchema => Node["requestBody"]?["content"]?["application/json"]?["schema"];

    /// <summary>A body the document does not describe as JSON (the CSV imports take text/csv or a multipart form).</summary>
    public bool TakesRawBody => Method is "post" or "put" && BodySchema is null;

    public IReadOnlyCollection<string> Statuses => (Node["responses"] as JsonObject ?? []).Select(response => response.Key).ToList();

    /// <summary>The schema documented for a status (any JSON content), or null when the status has no content.</summary>
    public JsonNode? ResponseSchema(string status) =>
        (Node["responses"]?[status]?["content"] as JsonObject ?? [])
            .Where(content => content.Key.Contains("json", StringComparison.Ordinal))
            .Select(content => content.Value?["schema"])
            .FirstOrDefault(schema => schema is not null);

    public static IReadOnlyList<ApiOperation> All(JsonNode document) =>
        (document["paths"] as JsonObject ?? [])
            .Where(path => path.Key.StartsWith(ManagementApi, StringComparison.Ordinal) || path.Key.StartsWith(PublicApi, StringComparison.Ordinal))
            .SelectMany(path => path.Value!.AsObject()
                .Where(operation => operation.Value is JsonObject && operation.Key is "get" or "post" or "put" or "patch" or "delete")
                .Select(operation => new ApiOperation(operation.Key, path.Key, operation.Value!.AsObject())))
            // Deletes last, so the records they remove serve the other operations first.
            .OrderBy(operation => operation.Method == "delete")
            .ToList();
}
