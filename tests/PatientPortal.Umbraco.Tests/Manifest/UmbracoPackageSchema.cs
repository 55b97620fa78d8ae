using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PatientPortal.Umbraco.Tests.Manifest;

/// <summary>
/// The official umbraco-package.json schema (from the <c>@umbraco-cms/backoffice</c> npm package), made to mean
/// something. As shipped it accepts any extension through its <c>ManifestBase</c> branch, and a few generated nodes
/// are not JSON Schema (a <c>type</c> of <c>{boolean}</c>, scalar <c>examples</c>). So: those nodes are dropped,
/// the package's own fields are checked against the root, and each extension against the definitions whose
/// <c>type</c> constant is the extension's type, with no field that none of them knows. An unknown type fails.
/// </summary>
public sealed class UmbracoPackageSchema
{
    private static readonly HashSet<string> JsonSchemaTypes = ["string", "number", "integer", "boolean", "object", "array", "null"];

    private readonly JsonObject _definitions;
    private readonly JsonSchema _package;
    private readonly Dictionary<string, List<string>> _definitionsByType = [];
    private readonly Dictionary<string, JsonSchema> _built = [];

    public UmbracoPackageSchema(string schemaPath)
    {
        var root = JsonNode.Parse(File.ReadAllText(schemaPath))!.AsObject();
        DropNonStandardNodes(root);
        _definitions = root["definitions"]!.AsObject();
        foreach (var (name, definition) in _definitions)
        {
            if (definition?["properties"]?["type"]?["const"]?.GetValue<string>() is { } type)
            {
                (_definitionsByType.TryGetValue(type, out var names) ? names : _definitionsByType[type] = []).Add(name);
            }
        }

        // The package's own fields; its extensions are checked one by one below.
        var package = root.DeepClone().AsObject();
        package["properties"]!["extensions"] = new JsonObject { ["type"] = "array" };
        _package = Build(package, "package");
    }

    public IReadOnlyCollection<string> KnownTypes => _definitionsByType.Keys;

    /// <summary>Every problem of the manifest, as readable lines; none when it is valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement manifest)
    {
        var problems = new List<string>();
        var package = _package.Evaluate(manifest, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!package.IsValid)
        {
            problems.AddRange(Describe("the package", package));
        }

        if (manifest.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var extension in extensions.EnumerateArray())
            {
                problems.AddRange(ValidateExtension(extension, index++));
            }
        }

        return problems;
    }

    private List<string> ValidateExtension(JsonElement extension, int index)
    {
        var alias = extension.TryGetProperty("alias", out var aliasValue) && aliasValue.ValueKind == JsonValueKind.String ? aliasValue.GetString() : null;
        var where = $"extensions[{index}] ({alias ?? "no alias"})";
        if (!extension.TryGetProperty("type", out var typeValue) || typeValue.ValueKind != JsonValueKind.String)
        {
            return [$"{where}: has no type."];
        }

        var type = typeValue.GetString()!;
        if (!_definitionsByType.TryGetValue(type, out var candidates))
        {
            return [$"{where}: \"{type}\" is not an extension type Umbraco knows."];
        }

        var problems = new List<string>();
        foreach (var candidate in candidates)
        {
            var known = KnownProperties(_definitions[candidate]!.AsObject());
            var unknown = extension.EnumerateObject().Select(property => property.Name).Where(name => !known.Contains(name)).ToList();
            var result = Schema(candidate).Evaluate(extension, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (result.IsValid && unknown.Count == 0)
            {
                return [];
            }

            problems.AddRange(unknown.Select(name => $"{where}: {candidate} has no field \"{name}\"."));
            problems.AddRange(Describe($"{where} as {candidate}", result));
        }

        return problems;
    }

    private JsonSchema Schema(string definition)
    {
        if (!_built.TryGetValue(definition, out var schema))
        {
            // The definition itself at the root, with every definition beside it for its references.
            var node = _definitions[definition]!.DeepClone().AsObject();
            node["$schema"] = "http://json-schema.org/draft-07/schema#";
            node["definitions"] = _definitions.DeepClone();
            _built[definition] = schema = Build(node, definition);
        }

        return schema;
    }

    private static JsonSchema Build(JsonObject node, string name)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(document.RootElement.Clone(), options, new Uri($"https://patient-portal.test/umbraco-package/{Uri.EscapeDataString(name)}"));
    }

    /// <summary>The fields a definition declares, through the <c>allOf</c> branches and references it is made of.</summary>
    private HashSet<string> KnownProperties(JsonObject definition)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonObject>([definition]);
        var seen = new HashSet<JsonObject>();
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            if (node["properties"] is JsonObject properties)
            {
                names.UnionWith(properties.Select(property => property.Key));
            }

            if (node["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/definitions/", StringComparison.Ordinal)
                && _definitions[reference["#/definitions/".Length..]] is JsonObject referenced)
            {
                pending.Push(referenced);
            }

            foreach (var branch in (node["allOf"] as JsonArray ?? []).OfType<JsonObject>())
            {
                pending.Push(branch);
            }
        }

        return names;
    }

    private static IEnumerable<string> Describe(string what, EvaluationResults result) =>
        (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{what}{Location(detail.InstanceLocation.ToString())}: {error.Value}"))
            .DefaultIfEmpty($"{what}: does not match the schema.");

    private static string Location(string pointer) => pointer.Length == 0 ? string.Empty : $" at {pointer}";

    /// <summary>Removes what the generator wrote that is not JSON Schema: type names in braces, scalar examples.</summary>
    private static void DropNonStandardNodes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var typeName) && !JsonSchemaTypes.Contains(typeName))
                {
                    obj.Remove("type");
                }

                if (obj["examples"] is JsonValue)
                {
                    obj.Remove("examples");
                }

                foreach (var (_, child) in obj.ToList())
                {
                    DropNonStandardNodes(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    DropNonStandardNodes(child);
                }

                break;
        }
    }
}
