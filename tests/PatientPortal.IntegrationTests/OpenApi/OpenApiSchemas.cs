using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PatientPortal.IntegrationTests.OpenApi;

/// <summary>
/// The OpenAPI document's schemas as JSON Schema (OpenAPI 3.1 schemas are JSON Schema 2020-12): each one is
/// built with the document's components beside it as <c>$defs</c>, so its references resolve.
/// </summary>
public sealed class OpenApiSchemas
{
    private const string ComponentsPrefix = "#/components/schemas/";
    private readonly JsonObject _components;
    private readonly Dictionary<string, JsonSchema> _built = [];

    public OpenApiSchemas(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        _components = document["components"]?["schemas"]?.AsObject() ?? [];
    }

    public JsonNode Document { get; }

    public JsonObject Component(string name) => _components[name]?.AsObject() ?? throw new KeyNotFoundException($"The document has no schema {name}.");

    /// <summary>The schema a <c>$ref</c> points at, or the schema itself.</summary>
    public JsonObject Resolve(JsonNode schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(ComponentsPrefix, StringComparison.Ordinal)
            ? Component(reference[ComponentsPrefix.Length..])
            : schema.AsObject();
    }

    /// <summary>Every problem of <paramref name="instance"/> against <paramref name="schema"/>; none when it is valid.</summary>
    public IReadOnlyList<string> Problems(JsonNode schema, JsonElement instance)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var result = Build(schema).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? [])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value} ({detail.EvaluationPath})"))
                .DefaultIfEmpty("does not match the schema")
                .ToList();
    }

    private JsonSchema Build(JsonNode schema)
    {
        var key = schema.ToJsonString();
        if (!_built.TryGetValue(key, out var built))
        {
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["allOf"] = new JsonArray(Rewrite(schema.DeepClone())),
                ["$defs"] = Rewrite(_components.DeepClone()),
            };
            built = JsonSchema.FromText(root.ToJsonString());
            _built[key] = built;
        }

        return built;
    }

    /// <summary>Points every component reference at <c>$defs</c>.</summary>
    private static JsonNode Rewrite(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (name == "$ref" && child?.GetValue<string>() is { } reference && reference.StartsWith(ComponentsPrefix, StringComparison.Ordinal))
                    {
                        obj["$ref"] = "#/$defs/" + reference[ComponentsPrefix.Length..];
                    }
                    else if (child is not null)
                    {
                        Rewrite(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>())
                {
                    Rewrite(child);
                }

                break;
        }

        return node;
    }
}
