using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PatientPortal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace PatientPortal.IntegrationTests.OpenApi;

/// <summary>
/// The "done when" contract of issue 10: every operation of the management API (as the signed-in admin, with the
/// client's header) and of the public API (anonymously) is driven with bad input made from its own schema, and
/// answers no 5xx, only statuses its document lists, and bodies that match the schema documented for the status.
/// </summary>
public sealed class ApiContractTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>Enough to spoil every field of the largest request once; keeps the whole run to seconds.</summary>
    private const int MaxCasesPerOperation = 80;

    [Fact]
    public async Task EveryOperation_AnswersOnlyDocumentedStatuses_WithDocumentedBodies_AndNo5xx_ToBadInput()
    {
        var admin = await portal.AdminAsync();
        var anonymous = portal.Browser();
        var schemas = new OpenApiSchemas(JsonNode.Parse(await admin.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!);
        var inputs = new BadInputs(schemas);
        var known = await KnownRecordsAsync(admin);
        var operations = ApiOperation.All(schemas.Document);
        Assert.True(operations.Count >= 40, $"The document lists only {operations.Count} operations.");

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        foreach (var operation in operations)
        {
            foreach (var (what, request) in Cases(operation, inputs, known).Take(MaxCasesPerOperation))
            {
                using (request)
                {
                    using var response = await (operation.IsManagement ? admin : anonymous).SendAsync(request);
                    sent++;
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    if (await ProblemAsync(operation, schemas, response) is { } problem)
                    {
                        failures.Add($"{operation.Name} [{what}] {request.RequestUri}: {problem}");
                    }
                }
            }
        }

        output.WriteLine($"{sent} requests to {operations.Count} operations in {clock.Elapsed.TotalSeconds:0.0} s; {failures.Count} failures.");
        output.WriteLine("Statuses: " + string.Join(", ", statuses.Select(pair => $"{pair.Key} x{pair.Value}")));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60)) + (failures.Count > 60 ? $"{Environment.NewLine}... {failures.Count - 60} more" : string.Empty));
    }

    /// <summary>Real ids for the routes that name them, so the bad input reaches the operation's own checks.</summary>
    private async Task<Dictionary<string, string>> KnownRecordsAsync(HttpClient admin)
    {
        var chargebandId = await portal.ChargebandAsync("Contract");
        var patientId = await portal.AddPatientAsync(chargebandId, Registration.UniqueEmail("contract"));
        using var invited = await admin.PostAsync(new Uri($"{PortalScenario.ChargebandsUrl[..PortalScenario.ChargebandsUrl.LastIndexOf('/')]}/patients/{patientId}/invitations", UriKind.Relative), null);
        var invitationId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationId").GetString()!;
        return new Dictionary<string, string>
        {
            ["/chargebands/{id}"] = chargebandId.ToString(),
            ["/patients/{id}"] = patientId.ToString(),
            ["/invitations/{id}"] = invitationId,
        };
    }

    private static IEnumerable<(string What, HttpRequestMessage Request)> Cases(ApiOperation operation, BadInputs inputs, Dictionary<string, string> known)
    {
        var route = operation.Parameters("path").ToDictionary(parameter => parameter["name"]!.GetValue<string>(), parameter => GoodValue(operation, parameter, inputs, known));
        var bodies = operation.BodySchema is { } schema ? inputs.Bodies(schema).ToList() : RawBodies(operation);
        var plausible = bodies.FirstOrDefault();
        foreach (var body in bodies)
        {
            yield return (body.Name, Request(operation, route, [], body));
        }

        foreach (var parameter in operation.Parameters("path"))
        {
            var name = parameter["name"]!.GetValue<string>();
            foreach (var (what, value) in inputs.ParameterValues(parameter["schema"]!, inRoute: true))
            {
                yield return ($"route {name} {what}", Request(operation, new Dictionary<string, string>(route) { [name] = value }, [], plausible));
            }
        }

        foreach (var parameter in operation.Parameters("query"))
        {
            var name = parameter["name"]!.GetValue<string>();
            foreach (var (what, value) in inputs.ParameterValues(parameter["schema"]!, inRoute: false))
            {
                yield return ($"query {name} {what}", Request(operation, route, [KeyValuePair.Create(name, value)], plausible));
            }
        }
    }

    /// <summary>Operations without a JSON body: nothing, or (for those that take a file) files that are wrong.</summary>
    private static List<BadInput> RawBodies(ApiOperation operation) => operation.TakesRawBody && operation.Path.EndsWith("/csv", StringComparison.Ordinal)
        ?
        [
            new BadInput("an empty CSV file", null, RawBody: string.Empty, ContentType: "text/csv"),
            new BadInput("a CSV file with an unknown column", null, RawBody: "nonsense,columns\n1,2\n", ContentType: "text/csv"),
            new BadInput("a CSV file with a bad quote", null, RawBody: "externalId,name\n\"broken,x\n", ContentType: "text/csv"),
            new BadInput("JSON sent as CSV", null, RawBody: "[{\"externalId\":null}]", ContentType: "application/json"),
            new BadInput("a form without a file", null, RawBody: "file=", ContentType: "application/x-www-form-urlencoded"),
            new BadInput("a huge line", null, RawBody: "externalId,name\n" + new string('x', BadInputs.HugeLength) + ",y\n", ContentType: "text/csv"),
        ]
        : [new BadInput("no body", null), new BadInput("a stray JSON body", new JsonObject { ["unexpected"] = true })];

    private static string GoodValue(ApiOperation operation, JsonObject parameter, BadInputs inputs, Dictionary<string, string> known)
    {
        var name = parameter["name"]!.GetValue<string>();
        var segment = known.Keys.FirstOrDefault(key => operation.Path.Contains(key.Replace("{id}", $"{{{name}}}", StringComparison.Ordinal), StringComparison.Ordinal));
        return segment is not null ? known[segment] : inputs.Sample(parameter["schema"]!) switch
        {
            JsonValue value => value.ToString(),
            _ => "1",
        };
    }

    private static HttpRequestMessage Request(ApiOperation operation, Dictionary<string, string> route, KeyValuePair<string, string>[] query, BadInput? body)
    {
        var path = route.Aggregate(operation.Path, (current, parameter) => current.Replace($"{{{parameter.Key}}}", Uri.EscapeDataString(parameter.Value), StringComparison.Ordinal));
        var search = string.Join("&", query.Select(pair => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(pair.Value)}"));
        var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), new Uri(search.Length == 0 ? path : $"{path}?{search}", UriKind.Relative));
        if (body is not null && (body.RawBody is not null || body.Body is not null || body.Name != "no body"))
        {
            request.Content = new StringContent(body.RawBody ?? body.Body?.ToJsonString() ?? "null", Encoding.UTF8, body.ContentType);
        }

        return request;
    }

    /// <summary>What is wrong with the answer, or null when it keeps the contract.</summary>
    private static async Task<string?> ProblemAsync(ApiOperation operation, OpenApiSchemas schemas, HttpResponseMessage response)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = await response.Content.ReadAsStringAsync();
        string Excerpt() => text.Length > 300 ? text[..300] + "..." : text;
        if ((int)response.StatusCode >= 500)
        {
            return $"answered {status}: {Excerpt()}";
        }

        if (!operation.Statuses.Contains(status) && !operation.Statuses.Contains("default"))
        {
            return $"answered {status}, which the document does not list ({string.Join(", ", operation.Statuses)}): {Excerpt()}";
        }

        if (operation.ResponseSchema(status) is not { } schema)
        {
            return text.Length == 0 ? null : $"answered {status} with a body the document does not describe: {Excerpt()}";
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return $"answered {status} with a body that is not JSON: {Excerpt()}";
        }

        using (json)
        {
            var problems = schemas.Problems(schema, json.RootElement);
            return problems.Count == 0 ? null : $"answered {status} with a body that does not match its schema: {string.Join("; ", problems.Take(5))} in {Excerpt()}";
        }
    }
}
