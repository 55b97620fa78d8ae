using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Patients;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Invitations;

/// <summary>A run over more than a thousand patients, on a site (and pickup folder) of its own.</summary>
public sealed class ThousandPatientRunTests(PickupFolderPortalFactory portal) : IClassFixture<PickupFolderPortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";

    [Fact]
    public async Task BulkRun_OverAThousandPatients_RecordsEveryOutcome_AndSendsOneEmailPerInvitation()
    {
        var admin = await portal.AdminAsync();
        var chargeband = await portal.ChargebandAsync("Bulk");
        var expected = await SeedMixedAsync(chargeband, 1_040);

        var dryRun = await PostAsync(admin, "invitation-runs/dry-run", new { filter = new { chargebandId = chargeband } });
        Assert.Equal(1_040, dryRun.GetProperty("total").GetInt32());
        AssertOutcomes(expected, dryRun.GetProperty("outcomes"));
        Assert.Equal(10, dryRun.GetProperty("sharedContacts").GetInt32());
        Assert.Equal(0, await portal.QueryAsync(db => db.Invitations.CountAsync(i => db.Patients.Any(p => p.Id == i.PatientId && p.ChargebandId == chargeband))));
        var emailsBefore = Directory.GetFiles(portal.PickupFolder, "*.eml").Length;

        using var started = await admin.PostAsJsonAsync($"{Api}/invitation-runs", new { filter = new { chargebandId = chargeband } });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = await started.Content.ReadFromJsonAsync<JsonElement>();
        var location = started.Headers.Location!.OriginalString;

        var progress = await Eventually.WaitAsync(
            () => admin.GetJsonAsync(location + "?take=1000"),
            json => json.GetProperty("run").GetProperty("status").GetString() == "Completed",
            "the run to complete",
            seconds: 60);
        Assert.Equal(run.GetProperty("id").GetGuid(), progress.GetProperty("run").GetProperty("id").GetGuid());
        Assert.Equal(1_040, progress.GetProperty("run").GetProperty("processed").GetInt32());
        Assert.Equal(100, progress.GetProperty("run").GetProperty("percentDone").GetInt32());
        AssertOutcomes(expected, progress.GetProperty("outcomes"));
        var rest = await admin.GetJsonAsync(location + "?skip=1000&take=1000");
        var items = progress.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(1_040, items.Count);
        Assert.All(items, item => Assert.False(string.IsNullOrEmpty(item.GetProperty("outcome").GetString())));

        var sent = expected["Invited"] + expected["ResetSent"];
        await Eventually.WaitAsync(() => Task.FromResult(Directory.GetFiles(portal.PickupFolder, "*.eml").Length - emailsBefore), count => count >= sent, "every email to be written", seconds: 120);
        var delivered = await Eventually.WaitAsync(
            () => admin.GetJsonAsync(location + "?take=0"),
            json => json.GetProperty("messages").GetProperty("Sent").GetInt32() == sent,
            "every message of the run to be sent",
            seconds: 120);
        Assert.Equal(0, delivered.GetProperty("messages").GetProperty("Pending").GetInt32());
        await Task.Delay(500);
        Assert.Equal(sent, Directory.GetFiles(portal.PickupFolder, "*.eml").Length - emailsBefore);
    }

    private static async Task<JsonElement> PostAsync(HttpClient admin, string path, object body)
    {
        using var response = await admin.PostAsJsonAsync($"{Api}/{path}", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static void AssertOutcomes(Dictionary<string, int> expected, JsonElement outcomes)
    {
        foreach (var (outcome, count) in expected)
        {
            Assert.True(count == outcomes.GetProperty(outcome).GetInt32(), $"{outcome}: expected {count}, got {outcomes.GetProperty(outcome).GetInt32()}");
        }
    }

    /// <summary>
    /// 1,040 patients: a family's holder with 10 members, 10 each without contact details and without
    /// consent, 10 pairs sharing an email, and the rest plain (every 10th with a password, so a reset).
    /// </summary>
    private async Task<Dictionary<string, int>> SeedMixedAsync(Guid chargeband, int total)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var hash = await scope.ServiceProvider.GetRequiredService<PatientPortal.Core.Security.IPatientPasswordHasher>().HashAsync("a long enough seeded password", CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var holder = Patient.Register(new PatientDetails(null, "Holder", "Bulk", new DateOnly(1970, 1, 1), Registration.UniqueEmail(), null), chargeband, now);
        var counts = new Dictionary<string, int> { ["Invited"] = 0, ["ResetSent"] = 0, ["SkippedFamilyMember"] = 10, ["SkippedNoContactDetails"] = 10, ["SkippedNoConsent"] = 10, ["SkippedInvitedRecently"] = 0, ["SkippedOptedOut"] = 0 };
        var patients = new List<Patient> { holder };
        counts["Invited"]++;
        for (var i = 0; i < 10; i++)
        {
            patients.Add(Patient.Register(new PatientDetails(null, "Member", "Bulk", new DateOnly(2010, 1, 1), Registration.UniqueEmail(), null), chargeband, now, holder.Id));
            patients.Add(Patient.Register(new PatientDetails(null, "Nocontact", "Bulk", new DateOnly(1990, 1, 1), null, null), chargeband, now));
            var noConsent = Patient.Register(new PatientDetails(null, "Noconsent", "Bulk", new DateOnly(1990, 1, 1), Registration.UniqueEmail(), null), chargeband, now);
            noConsent.SetConsent(false, false);
            patients.Add(noConsent);
        }

        for (var pair = 0; pair < 10; pair++)
        {
            // Two family members with records of their own sharing one address.
            var sharedEmail = Registration.UniqueEmail();
            patients.Add(Patient.Register(new PatientDetails(null, "Twin", "Bulk", new DateOnly(2000, 1, 1), sharedEmail, null), chargeband, now));
            patients.Add(Patient.Register(new PatientDetails(null, "Twin", "Bulk", new DateOnly(2000, 1, 2), sharedEmail, null), chargeband, now));
            counts["Invited"] += 2;
        }

        while (patients.Count < total)
        {
            var email = Registration.UniqueEmail();
            if (patients.Count % 10 == 0)
            {
                var withAccount = Patient.SignUp(new PatientDetails(null, "Account", "Bulk", new DateOnly(1985, 1, 1), email, null), chargeband, hash, "2026-01", "SEEDED", now);
                withAccount.ConfirmEmail(now);
                patients.Add(withAccount);
                counts["ResetSent"]++;
            }
            else
            {
                patients.Add(Patient.Register(new PatientDetails(null, "Plain", "Bulk", new DateOnly(1980, 1, 1), email, null), chargeband, now));
                counts["Invited"]++;
            }
        }

        db.Patients.AddRange(patients);
        await db.SaveChangesAsync();
        Assert.Equal(total, patients.Count);
        return counts;
    }
}
