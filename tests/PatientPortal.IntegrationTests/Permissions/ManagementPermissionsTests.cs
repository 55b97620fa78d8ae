using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;
using PatientPortal.Website.Admin;

namespace PatientPortal.IntegrationTests.Permissions;

/// <summary>
/// Issue 15's "done when": every management endpoint, enumerated from the host's endpoint data source, refuses a
/// user without the Patient Portal section; a marketing editor gets templates and nothing of patients or imports;
/// the practice admin is refused nothing.
/// </summary>
public sealed class ManagementPermissionsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string TemplatesUrl = "/umbraco/management/api/v1/patient-portal/templates";

    private IReadOnlyList<ManagementEndpoint> Endpoints
    {
        get
        {
            _ = portal.Server; // starts the host, so its endpoints are built
            return ManagementEndpoint.All(portal.Services);
        }
    }

    [Fact]
    public void EveryManagementEndpoint_AsksForBackOfficeAccessTheSectionAndOnePermission()
    {
        var endpoints = Endpoints;

        Assert.True(endpoints.Count >= 40, $"Only {endpoints.Count} management endpoints were found.");
        Assert.All(endpoints, endpoint =>
        {
            Assert.Contains(BackOfficePolicy.Name, endpoint.Policies);
            Assert.Contains(PatientPortalPolicies.SectionAccess, endpoint.Policies);
            Assert.True(endpoint.PermissionPolicy is not null, $"{endpoint.Name} names no permission policy ({string.Join(", ", PatientPortalPolicies.PermissionOf.Keys)}).");
        });
    }

    [Fact]
    public async Task AUserWithoutTheSection_Gets403_OnEveryManagementEndpoint()
    {
        var outsider = await portal.AdminAsync(PortalFactory.Outsider);

        var answers = await SendToAllAsync(outsider, Endpoints);

        Assert.All(answers, answer => Assert.True(answer.Status == HttpStatusCode.Forbidden, $"{answer.Endpoint.Name} answered {(int)answer.Status}"));
    }

    [Fact]
    public async Task AMarketingEditor_Gets403_OnEveryPatientDataAndImportEndpoint_AndIsLetThroughToEveryTemplateEndpoint()
    {
        var editor = await portal.AdminAsync(PortalFactory.MarketingEditor);

        var answers = await SendToAllAsync(editor, Endpoints);

        Assert.All(answers, answer =>
        {
            if (answer.Endpoint.PermissionPolicy == PatientPortalPolicies.Templates)
            {
                Assert.True(answer.Status is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized), $"{answer.Endpoint.Name} refused the editor ({(int)answer.Status})");
            }
            else
            {
                Assert.True(answer.Status == HttpStatusCode.Forbidden, $"{answer.Endpoint.Name} answered {(int)answer.Status}");
            }
        });
        Assert.Contains(answers, answer => answer.Endpoint.PermissionPolicy == PatientPortalPolicies.Imports);
        Assert.Contains(answers, answer => answer.Endpoint.PermissionPolicy == PatientPortalPolicies.PatientData);
    }

    [Fact]
    public async Task APracticeAdmin_IsRefusedNoManagementRead()
    {
        var admin = await portal.AdminAsync();

        // Reads only: the writes' own tests run them as the admin with real bodies.
        var answers = await SendToAllAsync(admin, Endpoints.Where(endpoint => endpoint.Method == "GET").ToList());

        Assert.All(answers, answer => Assert.True(answer.Status is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized), $"{answer.Endpoint.Name} refused the admin ({(int)answer.Status})"));
    }

    [Fact]
    public async Task AMarketingEditor_ReadsEditsAndPreviewsTemplatesWithSampleData_ButNotForAChosenPatient()
    {
        var editor = await portal.AdminAsync(PortalFactory.MarketingEditor);
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync("Editor"), Registration.UniqueEmail("editor"));

        using var list = await editor.GetAsync(new Uri(TemplatesUrl, UriKind.Relative));
        using var one = await editor.GetAsync(new Uri($"{TemplatesUrl}/Recall/Sms", UriKind.Relative));
        using var sample = await editor.PostAsJsonAsync($"{TemplatesUrl}/Recall/Email/preview", new { subject = (string?)null, body = (string?)null });
        using var chosen = await editor.PostAsJsonAsync($"{TemplatesUrl}/Recall/Email/preview", new { patientId });
        using var patient = await editor.GetAsync(new Uri($"/umbraco/management/api/v1/patient-portal/patients/{patientId}", UriKind.Relative));

        Assert.Equal(
            (HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (list.StatusCode, one.StatusCode, sample.StatusCode, chosen.StatusCode, patient.StatusCode));
        Assert.Contains("Sample", await sample.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("application/problem+json", chosen.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheAuditLog_RecordsTheActingUsersKeyAndName()
    {
        var editor = await portal.AdminAsync(PortalFactory.MarketingEditor);
        var admin = await portal.AdminAsync();
        var current = await editor.GetJsonAsync($"{TemplatesUrl}/Recall/Sms");
        using (var saved = await editor.PutAsJsonAsync($"{TemplatesUrl}/Recall/Sms", new { subject = (string?)null, body = current.GetProperty("body").GetString() + " See you soon.", expectedVersion = current.GetProperty("version").GetInt32() }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var chargeband = await PortalScenario.CreateChargebandAsync(admin, "Audited");

        var log = (await admin.GetJsonAsync("/umbraco/management/api/v1/patient-portal/audit-log?take=1000")).EnumerateArray().ToList();
        var edited = log.First(entry => entry.GetProperty("actor").GetString() == PortalFactory.MarketingEditor);
        var created = log.First(entry => entry.GetProperty("subjectId").GetString() == chargeband.GetProperty("id").GetString());
        Assert.Equal(KeyOf(PortalFactory.MarketingEditor), edited.GetProperty("actorKey").GetGuid());
        Assert.Equal(("admin", KeyOf("admin")), (created.GetProperty("actor").GetString(), created.GetProperty("actorKey").GetGuid()));
        Assert.All(log.Where(entry => entry.GetProperty("actor").GetString() == "system"), entry => Assert.Equal(JsonValueKind.Null, entry.GetProperty("actorKey").ValueKind));
    }

    private static Guid KeyOf(string username) => new AdminUser(username, string.Empty, Section: true, []).Key;

    private static async Task<IReadOnlyList<(ManagementEndpoint Endpoint, HttpStatusCode Status)>> SendToAllAsync(HttpClient client, IReadOnlyList<ManagementEndpoint> endpoints)
    {
        var answers = new List<(ManagementEndpoint, HttpStatusCode)>();
        foreach (var endpoint in endpoints)
        {
            using var request = endpoint.Request();
            using var response = await client.SendAsync(request);
            answers.Add((endpoint, response.StatusCode));
        }

        return answers;
    }
}
