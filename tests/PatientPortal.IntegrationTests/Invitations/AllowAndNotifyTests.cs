using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Invitations;

/// <summary>"Allow and notify": enabling online booking invites the chargeband's patients, and each one added later.</summary>
public sealed class AllowAndNotifyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";

    [Fact]
    public async Task EnablingWithAllowAndNotify_InvitesEveryPatientWithoutAnAccount_AndNobodyElse()
    {
        var admin = await portal.AdminAsync();
        var chargeband = await portal.ChargebandAsync("Notify");
        var withoutAccount = Registration.UniqueEmail();
        var withAccount = Registration.UniqueEmail();
        await portal.AddPatientAsync(chargeband, withoutAccount);
        await portal.AddPatientAsync(chargeband, withAccount, password: "a long enough seeded password");

        using var enabled = await admin.PostAsJsonAsync($"{Api}/chargebands/{chargeband}/online-booking/enable", new { accessMode = "AllowAndNotify" });

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var invitation = Assert.Single(await portal.Mail.WaitForEmailsAsync(withoutAccount));
        Assert.Contains("invitation", invitation.Subject, StringComparison.OrdinalIgnoreCase);
        var run = await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.InvitationBatches.AsNoTracking().OrderByDescending(b => b.CreatedAt).FirstAsync()),
            batch => batch.Status == InvitationBatchStatus.Completed,
            "the allow-and-notify run to complete");
        Assert.Equal(1, run.Total);
        await Task.Delay(500);
        Assert.Empty(await portal.Mail.EmailsToAsync(withAccount));
    }

    [Fact]
    public async Task EnablingWithAllowAndNotify_WhenItsRunCannotBeWritten_LeavesOnlineBookingOff_AndInvitesNobody()
    {
        var admin = await portal.AdminAsync();
        var chargeband = await portal.ChargebandAsync("Refused");
        var email = Registration.UniqueEmail();
        await portal.AddPatientAsync(chargeband, email);
        var runsBefore = await portal.QueryAsync(db => db.InvitationBatches.CountAsync());
        // The database refuses the run (as a full disk or a lost connection would) after the chargeband was saved.
        await portal.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_runs BEFORE INSERT ON patientPortalInvitationBatch BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"));
        try
        {
            using var refused = await admin.PostAsJsonAsync($"{Api}/chargebands/{chargeband}/online-booking/enable", new { accessMode = "AllowAndNotify" });
            Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        }
        finally
        {
            await portal.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_runs;"));
        }

        var saved = await admin.GetJsonAsync($"{Api}/chargebands/{chargeband}");
        Assert.False(saved.GetProperty("onlineBooking").GetProperty("enabled").GetBoolean());
        Assert.Equal(runsBefore, await portal.QueryAsync(db => db.InvitationBatches.CountAsync()));

        // Tried again once the database takes it, it is enabled and invites as it should.
        using var enabled = await admin.PostAsJsonAsync($"{Api}/chargebands/{chargeband}/online-booking/enable", new { accessMode = "AllowAndNotify" });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
    }

    [Fact]
    public async Task APatientAddedLater_ToAnAllowAndNotifyChargeband_IsInvitedWhenAdded()
    {
        var admin = await portal.AdminAsync();
        var chargeband = await portal.ChargebandAsync("Later");
        (await admin.PostAsJsonAsync($"{Api}/chargebands/{chargeband}/online-booking/enable", new { accessMode = "AllowAndNotify" })).Dispose();
        var email = Registration.UniqueEmail();

        using var created = await admin.PostAsJsonAsync($"{Api}/patients", new
        {
            givenName = "Niamh",
            familyName = "Ó Súilleabháin",
            dateOfBirth = "1992-03-04",
            email,
            chargebandId = chargeband,
            emailConsent = true,
            smsConsent = false,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var patient = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Invited", patient.GetProperty("accountStatus").GetString());
        Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        var audit = await admin.GetJsonAsync($"{Api}/audit-log?subjectType=patient&subjectId={patient.GetProperty("id").GetGuid()}");
        Assert.Equal(["invitation.sent", "patient.registered"], audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());
    }

    [Fact]
    public async Task APatientMovedToAnAllowAndNotifyChargeband_IsInvited_ButNotOnANoNotificationsOne()
    {
        var admin = await portal.AdminAsync();
        var quiet = await portal.ChargebandAsync("Quiet");
        (await admin.PostAsJsonAsync($"{Api}/chargebands/{quiet}/online-booking/enable", new { accessMode = "AllowWithNoNotifications" })).Dispose();
        var notify = await portal.ChargebandAsync("Notify");
        (await admin.PostAsJsonAsync($"{Api}/chargebands/{notify}/online-booking/enable", new { accessMode = "AllowAndNotify" })).Dispose();
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync("Start"), email);

        (await admin.PutAsJsonAsync($"{Api}/patients/{patientId}/chargeband", new { chargebandId = quiet })).Dispose();
        await Task.Delay(500);
        Assert.Empty(await portal.Mail.EmailsToAsync(email));

        using var moved = await admin.PutAsJsonAsync($"{Api}/patients/{patientId}/chargeband", new { chargebandId = notify });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
    }

    [Fact]
    public async Task RegisteringAPatient_WithBadDetails_IsRefusedFieldByField_AndAddsNobody()
    {
        var admin = await portal.AdminAsync();
        var before = await portal.PatientCountAsync();

        using var response = await admin.PostAsJsonAsync($"{Api}/patients", new { givenName = "", familyName = "X", dateOfBirth = "2999-01-01", email = "not-an-email", mobile = "123", chargebandId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "givenName", "dateOfBirth", "email", "mobile", "chargebandId" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No error for {field}: {errors}");
        }

        Assert.Equal(before, await portal.PatientCountAsync());
    }
}
