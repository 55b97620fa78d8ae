using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Imports;

public sealed class ImportApiTests(ImportPortalFactory portal) : IClassFixture<ImportPortalFactory>
{
    [Fact]
    public async Task AnonymousImports_GetUnauthorized_AndChangeNothing()
    {
        var browser = portal.Browser();
        using var json = await browser.PostAsJsonAsync($"{ImportScenario.Url}/services", new[] { new { externalId = "ANON-1", name = "X", durationMinutes = 10, price = 1 } });
        using var csv = await browser.PostCsvAsync("services", "externalId,name,durationMinutes,price\nANON-2,X,10,1\n");

        Assert.Equal(HttpStatusCode.Unauthorized, json.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, csv.StatusCode);
        Assert.False(await portal.QueryAsync(db => db.Services.AnyAsync(service => service.ExternalId!.StartsWith("ANON-"))));
    }

    [Fact]
    public async Task Services_ImportedAgain_AreUnchanged_AndAChangedRowIsUpdated()
    {
        var admin = await portal.AdminAsync();
        var (first, second) = (ImportScenario.Unique("SVC"), ImportScenario.Unique("SVC"));
        object[] rows =
        [
            new { externalId = first, name = "Physiotherapy assessment", durationMinutes = 45, price = 95.00m, bookableOnline = true },
            new { externalId = second, name = "Blood test", durationMinutes = 10, price = 40m },
        ];

        var created = await admin.ImportAsync("services", rows);
        var again = await admin.ImportAsync("services", rows);
        var changed = await admin.ImportAsync("services", new[] { new { externalId = second, name = "Blood test", durationMinutes = 10, price = 45m } });

        Assert.Equal((2, 0, 0, 0), (created.Count("created"), created.Count("updated"), created.Count("unchanged"), created.Count("rejected")));
        Assert.Equal((0, 0, 2, 0), (again.Count("created"), again.Count("updated"), again.Count("unchanged"), again.Count("rejected")));
        Assert.Equal((0, 1, 0), (changed.Count("created"), changed.Count("updated"), changed.Count("unchanged")));
        var stored = await portal.QueryAsync(db => db.Services.AsNoTracking().Where(service => service.ExternalId == first || service.ExternalId == second).OrderBy(service => service.Name).ToListAsync());
        Assert.Equal(["Blood test", "Physiotherapy assessment"], stored.Select(service => service.Name));
        Assert.Equal(45m, stored[0].Price);
        Assert.False(stored[0].BookableOnline);
        Assert.True(stored[1].BookableOnline);
    }

    [Fact]
    public async Task RejectedRows_ChangeNothing_WhileTheValidRowsAreSaved()
    {
        var admin = await portal.AdminAsync();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), "rejected.rows@example.org");
        var service = await admin.ServiceAsync();
        var (valid, unknownService, duplicate, negative) = (ImportScenario.Unique("APT"), ImportScenario.Unique("APT"), ImportScenario.Unique("APT"), ImportScenario.Unique("APT"));
        object[] rows =
        [
            new { externalId = valid, patientId, serviceExternalId = service, start = "2026-09-01T10:00:00Z", amount = 70m },
            new { externalId = unknownService, patientId, serviceExternalId = "NO-SUCH-SERVICE", start = "2026-09-01T10:00:00Z", amount = 70m },
            new { externalId = duplicate, patientId, serviceExternalId = service, start = "2026-09-02T10:00:00Z", amount = 70m },
            new { externalId = duplicate, patientId, serviceExternalId = service, start = "2026-09-03T10:00:00Z", amount = 70m },
            new { externalId = negative, patientId = Guid.NewGuid(), serviceExternalId = service, start = "not a time", amount = -1m },
        ];

        var report = await admin.ImportAsync("appointments", rows);

        Assert.Equal((1, 4), (report.Count("created"), report.Count("rejected")));
        var rejected = report.GetProperty("rejectedRows").EnumerateArray().ToDictionary(row => row.GetProperty("row").GetInt32());
        Assert.Equal([2, 3, 4, 5], rejected.Keys.Order());
        Assert.Equal(unknownService, rejected[2].GetProperty("externalId").GetString());
        Assert.Equal("There is no service with external id 'NO-SUCH-SERVICE'. Import the services first.", Error(rejected[2], "serviceExternalId"));
        Assert.Contains("rows 3, 4", Error(rejected[3], "externalId"), StringComparison.Ordinal);
        Assert.Contains("rows 3, 4", Error(rejected[4], "externalId"), StringComparison.Ordinal);
        Assert.Equal("amount cannot be negative.", Error(rejected[5], "amount"));
        Assert.StartsWith("start 'not a time' is not a date and time", Error(rejected[5], "start"), StringComparison.Ordinal);
        var stored = await portal.QueryAsync(db => db.Appointments.Where(appointment => appointment.PatientId == patientId).Select(appointment => appointment.ExternalId).ToListAsync());
        Assert.Equal([valid], stored);
    }

    [Fact]
    public async Task Appointments_TellTheListenerWhichWereCreatedOrChanged_AndARerunTellsNothing()
    {
        var admin = await portal.AdminAsync();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), "listener@example.org");
        var service = await admin.ServiceAsync();
        var (video, other) = (ImportScenario.Unique("APT"), ImportScenario.Unique("APT"));
        object Row(string externalId, bool paid) => new { externalId, patientId, serviceExternalId = service, start = "2026-10-05 09:30", amount = 70m, videoConsultation = true, bookedOffline = true, paymentMandatory = true, paid };

        await admin.ImportAsync("appointments", new[] { Row(video, paid: false), Row(other, paid: false) });
        var created = portal.AppointmentsChanged.Calls.Last();
        var rerun = await admin.ImportAsync("appointments", new[] { Row(video, paid: false), Row(other, paid: false) });
        var callsAfterRerun = portal.AppointmentsChanged.Calls.Count;
        await admin.ImportAsync("appointments", new[] { Row(video, paid: true), Row(other, paid: false) });

        var ids = await portal.QueryAsync(db => db.Appointments.Where(appointment => appointment.ExternalId == video || appointment.ExternalId == other).ToDictionaryAsync(appointment => appointment.ExternalId!, appointment => appointment.Id));
        Assert.Equal(ids.Values.Order(), created.Order());
        Assert.Equal(2, rerun.Count("unchanged"));
        Assert.Equal(callsAfterRerun, portal.AppointmentsChanged.Calls.Count - 1);
        Assert.Equal([ids[video]], portal.AppointmentsChanged.Calls.Last());
        // 09:30 on the practice's wall clock (London, summer time) is 08:30 UTC.
        var start = await portal.QueryAsync(db => db.Appointments.Where(appointment => appointment.ExternalId == video).Select(appointment => appointment.Start).SingleAsync());
        Assert.Equal(new DateTimeOffset(2026, 10, 5, 8, 30, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public async Task MemberPortalsAndMembers_AreImportedWithTheirConnection_AndABadBaseUrlIsRejected()
    {
        var admin = await portal.AdminAsync();
        var (portalId, badPortal, member) = (ImportScenario.Unique("MP"), ImportScenario.Unique("MP"), ImportScenario.Unique("MEM"));

        var portals = await admin.ImportAsync("member-portals", new object[]
        {
            new { externalId = portalId, name = "Acme Health portal", baseUrl = "https://acme.example.org/" },
            new { externalId = badPortal, name = "Relative", baseUrl = "/acme" },
        });
        var members = await admin.ImportAsync("members", new object[]
        {
            new { externalId = member, name = "Acme Health", memberPortalExternalId = portalId },
            new { externalId = ImportScenario.Unique("MEM"), name = "Nobody", memberPortalExternalId = badPortal },
        });

        Assert.Equal((1, 1), (portals.Count("created"), portals.Count("rejected")));
        Assert.Equal("baseUrl must be an absolute http or https address, such as https://portal.example.org/.", Error(portals.GetProperty("rejectedRows")[0], "baseUrl"));
        Assert.Equal((1, 1), (members.Count("created"), members.Count("rejected")));
        Assert.Contains("no member portal with external id", Error(members.GetProperty("rejectedRows")[0], "memberPortalExternalId"), StringComparison.Ordinal);
        var connected = await portal.QueryAsync(db => db.Members.Where(m => m.ExternalId == member).Join(db.MemberPortals, m => m.MemberPortalId, p => p.Id, (m, p) => p.BaseUrl).SingleAsync());
        Assert.Equal("https://acme.example.org/", connected);
    }

    [Fact]
    public async Task Recalls_FromCsv_ReportRowErrorsByLine_AndSaveTheRest()
    {
        var admin = await portal.AdminAsync();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), "recall.csv@example.org");
        var service = await admin.ServiceAsync("Well woman health check");
        var (good, badDate, noPatient) = (ImportScenario.Unique("RC"), ImportScenario.Unique("RC"), ImportScenario.Unique("RC"));
        var csv = $"""
            external_id,patient_id,service_external_id,due_date
            {good},{patientId},{service},2026-11-01
            {badDate},{patientId},{service},01/11/2026

            {noPatient},,{service},2026-11-01
            """;

        var report = await admin.ImportCsvAsync("recalls", csv);

        Assert.Equal((1, 2), (report.Count("created"), report.Count("rejected")));
        var rejected = report.GetProperty("rejectedRows");
        Assert.Equal(3, rejected[0].GetProperty("row").GetInt32());
        Assert.Equal("dueDate '01/11/2026' is not a date such as 2026-07-01.", Error(rejected[0], "dueDate"));
        Assert.Equal(5, rejected[1].GetProperty("row").GetInt32());
        Assert.Equal("patientId is required.", Error(rejected[1], "patientId"));
        Assert.Equal(new DateOnly(2026, 11, 1), await portal.QueryAsync(db => db.Recalls.Where(recall => recall.ExternalId == good).Select(recall => recall.DueDate).SingleAsync()));
        Assert.Equal(1, (await admin.ImportCsvAsync("recalls", csv)).Count("unchanged"));
    }

    [Fact]
    public async Task Csv_AsAMultipartFile_IsImported()
    {
        var admin = await portal.AdminAsync();
        var externalId = ImportScenario.Unique("SVC");
        using var form = new MultipartFormDataContent();
        using var file = new StringContent($"ExternalId,Name,Duration_Minutes,Price,Bookable_Online\n{externalId},\"Travel vaccination, consultation\",20,45.00,yes\n");
        form.Add(file, "file", "services.csv");

        using var response = await admin.PostAsync(new Uri($"{ImportScenario.Url}/services/csv", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Travel vaccination, consultation", await portal.QueryAsync(db => db.Services.Where(service => service.ExternalId == externalId).Select(service => service.Name).SingleAsync()));
    }

    [Theory]
    [InlineData("externalId,name,durationMinutes,price\nBADQ-1,\"Unclosed quote,15,10\nBADQ-2,Fine,15,10\n", "line")]
    [InlineData("externalId,name,durationMinutes,price\nBADQ-1,Blood \"test\" extra\"x,15,10\n", "line 2")]
    [InlineData("externalId,name,price\nBADQ-1,No duration column,10\n", "it has no column durationMinutes")]
    [InlineData("externalId,name,durationMinutes,price,colour\nBADQ-1,Unknown column,10,1,blue\n", "'colour'")]
    [InlineData("externalId,name,durationMinutes,price\nBADQ-1,Too many fields,10,1,extra\n", "line 2")]
    [InlineData("", "The file is empty")]
    public async Task MalformedCsv_IsRefusedAsAWhole_AndChangesNothing(string csv, string expected)
    {
        var admin = await portal.AdminAsync();
        var before = await portal.QueryAsync(db => db.Services.CountAsync());

        using var response = await admin.PostCsvAsync("services", csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Equal(before, await portal.QueryAsync(db => db.Services.CountAsync()));
    }

    [Fact]
    public async Task ABatchOverTheLimit_IsABadRequest_AndChangesNothing()
    {
        var admin = await portal.AdminAsync();
        var prefix = ImportScenario.Unique("BIG");
        var rows = Enumerable.Range(0, 5_001).Select(index => new { externalId = $"{prefix}-{index}", name = "Bulk", durationMinutes = 10, price = 1m }).ToList();

        using var response = await admin.PostAsJsonAsync($"{ImportScenario.Url}/services", rows);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("An import takes at most 5,000 rows; this one has 5,001. Split it into smaller batches.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("rows")[0].GetString());
        Assert.False(await portal.QueryAsync(db => db.Services.AnyAsync(service => service.ExternalId!.StartsWith(prefix))));
    }

    [Fact]
    public async Task EveryImport_IsInTheAuditLog()
    {
        var admin = await portal.AdminAsync();
        await admin.ImportAsync("services", new[] { new { externalId = ImportScenario.Unique("AUD"), name = "Audited", durationMinutes = 10, price = 1m } });

        var log = await admin.GetJsonAsync("/umbraco/management/api/v1/patient-portal/audit-log?subjectType=import&take=1");

        var entry = Assert.Single(log.EnumerateArray());
        Assert.Equal("import.services", entry.GetProperty("action").GetString());
        Assert.Equal("admin", entry.GetProperty("actor").GetString());
        Assert.Equal("1 rows: 1 created, 0 updated, 0 unchanged, 0 rejected", entry.GetProperty("details").GetString());
    }

    private static string? Error(JsonElement rejectedRow, string field) =>
        rejectedRow.GetProperty("errors").EnumerateArray().Where(error => error.GetProperty("field").GetString() == field).Select(error => error.GetProperty("message").GetString()).FirstOrDefault();

    [Fact]
    public async Task ANullRowInTheJsonArray_IsARejectedRow_NotARefusedRequest()
    {
        var admin = await portal.AdminAsync();

        var report = await admin.ImportAsync("services", new object?[] { null, new { externalId = ImportScenario.Unique("SVC"), name = "Blood test", durationMinutes = 10, price = 40m } });

        Assert.Equal((1, 1), (report.Count("created"), report.Count("rejected")));
    }
}
