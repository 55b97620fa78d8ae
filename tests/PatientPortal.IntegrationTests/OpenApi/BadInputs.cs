using System.Text.Json.Nodes;

namespace PatientPortal.IntegrationTests.OpenApi;

/// <summary>One thing sent to an operation: what it tries, and the JSON body (or raw text) it sends.</summary>
public sealed record BadInput(string Name, JsonNode? Body, string? RawBody = null, string ContentType = "application/json");

/// <summary>
/// Inputs made from a schema: a plausible instance, then that instance spoiled one place at a time (null, the
/// wrong type, left out, far too long, out of range, a null or a wrong element inside an array), plus whole
/// bodies that are empty, null, not JSON, of the wrong type or content type.
/// </summary>
public sealed class BadInputs(OpenApiSchemas schemas)
{
    public const int HugeLength = 100_000;
    private const int MaxDepth = 3;

    /// <summary>A value of the schema, filled in everywhere (optional properties too), as a caller would send.</summary>
    public JsonNode? Sample(JsonNode schema, int depth = 0)
    {
        var resolved = Concrete(schema);
        if (resolved["enum"] is JsonArray values && values.FirstOrDefault(value => value is not null) is { } first)
        {
            return first.DeepClone();
        }

        return Type(resolved) switch
        {
            "object" when depth < MaxDepth => new JsonObject((resolved["properties"] as JsonObject ?? [])
                .Select(property => KeyValuePair.Create(property.Key, Sample(property.Value!, depth + 1)))),
            "object" => new JsonObject(),
            "array" when depth < MaxDepth && resolved["items"] is { } items => new JsonArray(Sample(items, depth + 1)),
            "array" => new JsonArray(),
            "integer" => 1,
            "number" => 1.5,
            "boolean" => true,
            "null" => null,
            _ => resolved["format"]?.GetValue<string>() switch
            {
                "uuid" => Guid.NewGuid().ToString(),
                "date-time" => "2026-11-23T10:00:00+00:00",
                "date" => "2026-11-23",
                _ => "sample",
            },
        };
    }

    /// <summary>The sample, then the sample spoiled in each place, then bodies that are wrong as a whole.</summary>
    public IEnumerable<BadInput> Bodies(JsonNode schema)
    {
        var sample = Sample(schema);
        yield return new BadInput("a plausible body", sample?.DeepClone());
        foreach (var spoiled in Spoil(schema, sample, "$", 0))
        {
            yield return spoiled;
        }

        yield return new BadInput("an empty body", null, RawBody: string.Empty);
        yield return new BadInput("the body null", null, RawBody: "null");
        yield return new BadInput("a body that is not JSON", null, RawBody: "{\"unterminated\": ");
        yield return new BadInput("a body of the wrong type", Type(Concrete(schema)) == "array" ? new JsonObject() : new JsonArray(1, 2));
        yield return new BadInput("a form post instead of JSON", null, RawBody: "name=x&id=1", ContentType: "application/x-www-form-urlencoded");
        yield return new BadInput("text/plain instead of JSON", null, RawBody: sample?.ToJsonString() ?? "null", ContentType: "text/plain");
    }

    /// <summary>Bad values for a query or route parameter of this schema (an empty route value is another URL, so only queries get one).</summary>
    public IEnumerable<(string Name, string Value)> ParameterValues(JsonNode schema, bool inRoute)
    {
        var resolved = Concrete(schema);
        yield return ("a huge string", new string('q', 5_000));
        if (!inRoute)
        {
            yield return ("an empty value", string.Empty);
        }

        switch (Type(resolved))
        {
            case "integer" or "number":
                yield return ("not a number", "abc");
                yield return ("out of range", "99999999999999999999");
                yield return ("negative", "-2147483648");
                break;
            case "boolean":
                yield return ("not a boolean", "maybe");
                break;
            default:
                if (resolved["enum"] is JsonArray || resolved["format"] is not null)
                {
                    yield return ("not a value of its kind", "not-a-valid-value");
                }

                break;
        }
    }

    public JsonObject Concrete(JsonNode schema)
    {
        var resolved = schemas.Resolve(schema);
        // A nullable reference is oneOf [{type: null}, {$ref}]: its value is the referenced one.
        return resolved["oneOf"] is JsonArray branches && branches.OfType<JsonObject>().FirstOrDefault(branch => Type(branch) != "null") is { } value
            ? Concrete(value)
            : resolved;
    }

    /// <summary>The schema's type, the first that is not null when it lists several.</summary>
    public static string? Type(JsonObject schema) => schema["type"] switch
    {
        JsonValue single => single.GetValue<string>(),
        JsonArray many => many.Select(type => type?.GetValue<string>()).FirstOrDefault(type => type != "null") ?? "null",
        _ => schema["properties"] is not null ? "object" : null,
    };

    private IEnumerable<BadInput> Spoil(JsonNode schema, JsonNode? value, string path, int depth)
    {
        var resolved = Concrete(schema);
        if (depth >= MaxDepth)
        {
            yield break;
        }

        switch (value)
        {
            case JsonObject obj:
                var required = (resolved["required"] as JsonArray ?? []).Select(name => name?.GetValue<string>()).ToHashSet();
                foreach (var (name, propertySchema) in resolved["properties"] as JsonObject ?? [])
                {
                    var at = $"{path}.{name}";
                    foreach (var (what, replacement) in Replacements(propertySchema!))
                    {
                        yield return new BadInput($"{at} {what}", Replace(obj, name, replacement));
                    }

                    if (required.Contains(name))
                    {
                        var without = (JsonObject)obj.DeepClone();
                        without.Remove(name);
                        yield return new BadInput($"{at} left out", without);
                    }

                    foreach (var inner in Spoil(propertySchema!, obj[name], at, depth + 1))
                    {
                        yield return inner with { Body = Replace(obj, name, inner.Body) };
                    }
                }

                break;
            case JsonArray array when resolved["items"] is { } items:
                yield return new BadInput($"{path}[0] null", new JsonArray(null, array.FirstOrDefault()?.DeepClone()));
                yield return new BadInput($"{path}[0] of the wrong type", new JsonArray(WrongType(Concrete(items))));
                yield return new BadInput($"{path} with 2,000 elements", new JsonArray(Enumerable.Range(0, 2_000).Select(_ => array.FirstOrDefault()?.DeepClone()).ToArray()));
                foreach (var inner in Spoil(items, array.FirstOrDefault(), $"{path}[0]", depth + 1))
                {
                    yield return inner with { Body = new JsonArray(inner.Body) };
                }

                break;
        }
    }

    private IEnumerable<(string What, JsonNode? Value)> Replacements(JsonNode propertySchema)
    {
        var resolved = Concrete(propertySchema);
        yield return ("null", null);
        yield return ("of the wrong type", WrongType(resolved));
        switch (Type(resolved))
        {
            case "string" when resolved["enum"] is null && resolved["format"] is null:
                yield return ("far too long", new string('x', HugeLength));
                yield return ("with control and zero-width characters", "a\u0000b\u202Ec\u200Bd\r\n");
                break;
            case "string":
                yield return ("not a value of its kind", "not-a-valid-value");
                break;
            case "integer":
                yield return ("out of range", JsonNode.Parse("99999999999999999999"));
                yield return ("negative", -2_147_483_648);
                break;
            case "number":
                yield return ("out of range", JsonNode.Parse("1e309"));
                yield return ("negative with many decimals", JsonNode.Parse("-0.000000001"));
                break;
        }
    }

    private static JsonNode WrongType(JsonObject schema) => Type(schema) switch
    {
        "string" => 12345,
        "integer" or "number" => "twelve",
        "boolean" => "yes",
        "array" => new JsonObject { ["not"] = "an array" },
        "object" => "not an object",
        _ => new JsonArray(),
    };

    private static JsonObject Replace(JsonObject obj, string name, JsonNode? value)
    {
        var copy = (JsonObject)obj.DeepClone();
        copy[name] = value?.DeepClone();
        return copy;
    }
}
