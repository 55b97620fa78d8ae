using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Dashboard;

/// <summary>The dashboard's endpoints over real HTTP, a real SQLite file and real email (maildev).</summary>
public sealed class InvitationFunnelApiTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";
    private const string Funnel = $"{Api}/dashboard/invitation-funnel";

    [Fact]
    public async Task ABulkRunsInvitations_AreCountedByStage_OnTodaysPracticeDay()
    {
        var admin = await portal.AdminAsync();
        var chargeband = await portal.ChargebandAsync("Funnel");
        var emails = Enumerable.Range(0, 4).Select(_ => Registration.UniqueEmail("funnel")).ToList();
        var patients = new List<Guid>();
        foreach (var email in emails)
        {
            patients.Add(await portal.AddPatientAsync(chargeband, email));
        }

        using var started = await admin.PostAsJsonAsync($"{Api}/invitation-runs", new { patientIds = patients });
        var batchId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var links = new List<string>();
        foreach (var email in emails)
        {
            links.Add(InvitationLink.PathOf(Assert.Single(await portal.Mail.WaitForEmailsAsync(email))));
        }

        // All four emails went out. One patient completes the invitation, one only opens it, and the email of a third
        // is made to fail afterwards (as a bounce would): it no longer counts as sent.
        await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.BatchId == batchId && m.Status == MessageStatus.Sent)),
            sent => sent == 4,
            "the four emails to be recorded as sent");
        (await InvitationPageScenario.CompleteAsync(portal.Browser(), links[0])).Dispose();
        await InvitationPageScenario.OpenAsync(portal.Browser(), links[1]);
        await portal.QueryAsync(async db =>
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.BatchId == batchId && m.PatientId == patients[3]);
            message.Fail("Mailbox unavailable (test)", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var funnel = await admin.GetJsonAsync($"{Funnel}?batchId={batchId}");

        Assert.Equal("Europe/London", funnel.GetProperty("timeZone").GetString());
        Assert.Equal(30, funnel.GetProperty("days").GetArrayLength());
        Assert.Equal(Counts(created: 4, sent: 3, delivered: 3, opened: 2, completed: 1), Counts(funnel.GetProperty("totals")));
        var today = funnel.GetProperty("days").EnumerateArray().Last();
        Assert.Equal(funnel.GetProperty("to").GetString(), today.GetProperty("date").GetString());
        Assert.Equal(Counts(created: 4, sent: 3, delivered: 3, opened: 2, completed: 1), Counts(today.GetProperty("counts")));
        var rates = funnel.GetProperty("rates");
        Assert.Equal(100, rates.GetProperty("delivered").GetDouble());
        Assert.Equal(66.7, rates.GetProperty("opened").GetDouble());
        Assert.Equal(50, rates.GetProperty("completed").GetDouble());
        Assert.Equal(33.3, rates.GetProperty("overall").GetDouble());

        var resets = await admin.GetJsonAsync($"{Funnel}?batchId={batchId}&purpose=PasswordReset");
        Assert.Equal(Counts(0, 0, 0, 0, 0), Counts(resets.GetProperty("totals")));
        Assert.Equal(JsonValueKind.Null, resets.GetProperty("rates").GetProperty("overall").ValueKind);
    }

    [Fact]
    public async Task AChosenRange_IsAnsweredDayByDay()
    {
        var admin = await portal.AdminAsync();

        var funnel = await admin.GetJsonAsync($"{Funnel}?from=2024-02-27&to=2024-03-02");

        Assert.Equal(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"], funnel.GetProperty("days").EnumerateArray().Select(day => day.GetProperty("date").GetString()));
        Assert.Equal(0, funnel.GetProperty("totals").GetProperty("created").GetInt32());
    }

    [Theory]
    [InlineData("from=2026-03-02&to=2026-03-01", "from", "The range starts (2026-03-02) after it ends (2026-03-01); choose a start on or before the end.")]
    [InlineData("from=2024-01-01&to=2025-12-31", "to", "The range covers 731 days; choose at most 366.")]
    public async Task ABadRange_IsRefusedWithAClearMessage(string query, string field, string message)
    {
        var admin = await portal.AdminAsync();

        using var response = await admin.GetAsync(new Uri($"{Funnel}?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString());
    }

    [Fact]
    public async Task ADateThatIsNotADate_OrAnUnknownPurpose_IsRefused()
    {
        var admin = await portal.AdminAsync();

        using var date = await admin.GetAsync(new Uri($"{Funnel}?from=yesterday", UriKind.Relative));
        using var purpose = await admin.GetAsync(new Uri($"{Funnel}?purpose=Newsletter", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, date.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, purpose.StatusCode);
    }

    [Fact]
    public async Task FailedDeliveries_AreCounted()
    {
        var admin = await portal.AdminAsync();
        var before = (await admin.GetJsonAsync($"{Api}/dashboard/failed-deliveries")).GetProperty("count").GetInt32();
        var messageId = await portal.InviteByEmailAsync(Registration.UniqueEmail("failed"));
        await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId)),
            message => message.Status == MessageStatus.Sent,
            "the invitation to be sent");
        await portal.QueryAsync(async db =>
        {
            (await db.OutboxMessages.SingleAsync(m => m.Id == messageId)).Fail("Mailbox unavailable (test)", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        var after = (await admin.GetJsonAsync($"{Api}/dashboard/failed-deliveries")).GetProperty("count").GetInt32();

        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task WithoutBackofficeSignIn_TheDashboardIsUnauthorized()
    {
        using var funnel = await portal.Browser().GetAsync(new Uri(Funnel, UriKind.Relative));
        using var failed = await portal.Browser().GetAsync(new Uri($"{Api}/dashboard/failed-deliveries", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, funnel.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
    }

    private static (int, int, int, int, int) Counts(int created, int sent, int delivered, int opened, int completed) => (created, sent, delivered, opened, completed);

    private static (int, int, int, int, int) Counts(JsonElement counts) => (
        counts.GetProperty("created").GetInt32(),
        counts.GetProperty("sent").GetInt32(),
        counts.GetProperty("delivered").GetInt32(),
        counts.GetProperty("opened").GetInt32(),
        counts.GetProperty("completed").GetInt32());
}
