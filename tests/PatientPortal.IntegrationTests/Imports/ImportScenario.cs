using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PatientPortal.IntegrationTests.Imports;

/// <summary>Calls of the import API as the practice-management system's export job makes them.</summary>
public static class ImportScenario
{
    public const string Url = "/umbraco/management/api/v1/patient-portal/imports";

    /// <summary>External ids no other test of the class uses.</summary>
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<JsonElement> ImportAsync(this HttpClient admin, string kind, object rows)
    {
        using var response = await admin.PostAsJsonAsync($"{Url}/{kind}", rows);
        return await ReportAsync(response);
    }

    public static async Task<JsonElement> ImportCsvAsync(this HttpClient admin, string kind, string csv)
    {
        using var response = await admin.PostCsvAsync(kind, csv);
        return await ReportAsync(response);
    }

    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string kind, string csv)
    {
        var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return client.PostAsync(new Uri($"{Url}/{kind}/csv", UriKind.Relative), content);
    }

    public static async Task<string> ServiceAsync(this HttpClient admin, string name = "Video GP consultation", decimal price = 70m, bool bookableOnline = true, int durationMinutes = 15)
    {
        var externalId = Unique("SVC");
        var report = await admin.ImportAsync("services", new[] { new { externalId, name, durationMinutes, price, bookableOnline } });
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        return externalId;
    }

    public static int Count(this JsonElement report, string outcome) => report.GetProperty(outcome).GetInt32();

    private static async Task<JsonElement> ReportAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The import answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
