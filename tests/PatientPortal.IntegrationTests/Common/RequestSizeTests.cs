using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Net.Http.Json;
using System.Text.Json;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Common;

/// <summary>Bodies over a limit answer 413 with ProblemDetails, never 500, on the APIs' own limits and Kestrel's.</summary>
public sealed class RequestSizeTests(KestrelPortalFactory portal) : IClassFixture<KestrelPortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";
    private const int Megabyte = 1024 * 1024;

    [Fact]
    public async Task A31MegabyteJsonImport_Answers413()
    {
        var admin = await portal.AdminAsync();

        using var response = await PostAsync(admin, $"{Api}/imports/services", JsonArrayOf(31 * Megabyte, 150));

        await AssertTooLargeAsync(response);
    }

    [Fact]
    public async Task ACsvImportOverItsLimit_Answers413_AsABodyOrAsAFile()
    {
        var admin = await portal.AdminAsync();
        var csv = Encoding.UTF8.GetBytes("externalId,name,durationMinutes,price\n" + new string('x', 17 * Megabyte));
        var body = new ByteArrayContent(csv);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var asBody = await PostAsync(admin, $"{Api}/imports/services/csv", body);
        using var asFile = await PostAsync(admin, $"{Api}/imports/services/csv", new MultipartFormDataContent { { file, "file", "services.csv" } });

        await AssertTooLargeAsync(asBody);
        await AssertTooLargeAsync(asFile);
    }

    [Fact]
    public async Task AManagementCallOverOneMegabyte_Answers413()
    {
        var admin = await portal.AdminAsync();
        var name = new string('n', 2 * Megabyte);

        using var response = await PostAsync(admin, $"{Api}/chargebands", Json(JsonSerializer.Serialize(new { name, billingRules = Array.Empty<object>() })));

        await AssertTooLargeAsync(response);
    }

    [Fact]
    public async Task APublicCallOverItsLimit_Answers413()
    {
        var password = new string('p', Megabyte);

        using var response = await PostAsync(portal.Browser(), "/patient-portal/api/sign-in", Json(JsonSerializer.Serialize(new { email = "big@example.org", password })));

        await AssertTooLargeAsync(response);
    }

    [Fact]
    public async Task AnImportOverTheOtherCallsLimit_ButWithinItsOwn_StillWorks()
    {
        var admin = await portal.AdminAsync();

        // About 4,000 rows with 200-character names: over a megabyte, under the 5,000-row cap.
        using var response = await PostAsync(admin, $"{Api}/imports/services", JsonArrayOf(Megabyte + (Megabyte / 10), 200));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Asks to continue first, as curl does for large bodies, so a refusal is read before the body is sent.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.ExpectContinue = true;
        return await client.SendAsync(request);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A JSON array of service rows with names of <paramref name="nameLength"/>, about <paramref name="bytes"/> long.</summary>
    private static StringContent JsonArrayOf(int bytes, int nameLength)
    {
        var row = $"{{\"externalId\":\"BIG-{{0}}\",\"name\":\"{new string('n', nameLength)}\",\"durationMinutes\":10,\"price\":1}}";
        var json = new StringBuilder("[");
        for (var index = 0; json.Length < bytes; index++)
        {
            json.Append(index == 0 ? string.Empty : ",").Append(row.Replace("{0}", index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return Json(json.Append(']').ToString());
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
    }
}
