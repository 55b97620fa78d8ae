using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Invitations;

/// <summary>The site writing email to a pickup folder, so a run over a thousand patients is quick to check.</summary>
public sealed class PickupFolderPortalFactory : PortalFactory
{
    public string PickupFolder { get; } = Directory.CreateTempSubdirectory("patient-portal-pickup-").FullName;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Email:DeliveryMethod"] = "SpecifiedPickupDirectory",
        ["PatientPortal:Email:PickupDirectoryLocation"] = PickupFolder,
        ["PatientPortal:Invitations:Channels:0"] = "Email",
        ["PatientPortal:Invitations:BatchChunkSize"] = "100",
    };
}

public sealed class BulkInvitationTests(PickupFolderPortalFactory portal) : IClassFixture<PickupFolderPortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";

    [Fact]
    public async Task BulkRun_OfSelectedPatients_SkipsThoseInvitedRecently()
    {
        var admin = await portal.AdminAsync();
        var chargeband = await portal.ChargebandAsync("Selected");
        var first = await portal.AddPatientAsync(chargeband, Registration.UniqueEmail());
        var second = await portal.AddPatientAsync(chargeband, Registration.UniqueEmail());
        (await admin.PostAsync(new Uri($"{Api}/patients/{first}/invitations", UriKind.Relative), null)).Dispose();

        using var started = await admin.PostAsJsonAsync($"{Api}/invitation-runs", new { patientIds = new[] { first, second } });
        var location = started.Headers.Location!.OriginalString;
        var progress = await Eventually.WaitAsync(
            () => admin.GetJsonAsync(location),
            json => json.GetProperty("run").GetProperty("status").GetString() == "Completed",
            "the run to complete");

        var outcomes = progress.GetProperty("items").EnumerateArray().ToDictionary(item => item.GetProperty("patientId").GetGuid(), item => item.GetProperty("outcome").GetString());
        Assert.Equal("SkippedInvitedRecently", outcomes[first]);
        Assert.Equal("Invited", outcomes[second]);
    }

    [Fact]
    public async Task BulkRun_WithBothASelectionAndAFilter_IsRefused_AndStartsNothing()
    {
        var admin = await portal.AdminAsync();
        var before = await portal.QueryAsync(db => db.InvitationBatches.CountAsync());

        using var response = await admin.PostAsJsonAsync($"{Api}/invitation-runs", new { patientIds = new[] { Guid.NewGuid() }, filter = new { search = "x" } });
        using var unknown = await admin.PostAsJsonAsync($"{Api}/invitation-runs", new { patientIds = new[] { Guid.NewGuid() } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("do not exist", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await portal.QueryAsync(db => db.InvitationBatches.CountAsync()));
    }

    [Fact]
    public async Task BulkRun_RunTwiceAtOnce_InvitesEachPatientOnce()
    {
        var chargeband = await portal.ChargebandAsync("Twice");
        var ids = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add(await portal.AddPatientAsync(chargeband, Registration.UniqueEmail()));
        }

        await using var scope = portal.Services.CreateAsyncScope();
        var batch = await StartWithoutQueueAsync(ids);

        // Two workers on the same run at once, as after a sweep that thought the first one dead.
        await Task.WhenAll(RunInScopeAsync(batch), RunInScopeAsync(batch), RunInScopeAsync(batch));

        var invitations = await portal.QueryAsync(db => db.Invitations.Where(i => ids.Contains(i.PatientId)).CountAsync());
        var outcomes = await portal.QueryAsync(db => db.InvitationBatchItems.Where(i => i.BatchId == batch).CountAsync(i => i.Outcome != null));
        Assert.Equal(30, invitations);
        Assert.Equal(30, outcomes);
    }

    private async Task<Guid> StartWithoutQueueAsync(List<Guid> ids)
    {
        // The run's rows as StartAsync writes them, without queuing its job, so the test drives the workers.
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var batch = InvitationBatch.Create("test", "selected", ids.Count, DateTimeOffset.UtcNow);
        db.InvitationBatches.Add(batch);
        db.InvitationBatchItems.AddRange(ids.Select(id => InvitationBatchItem.For(batch.Id, id)));
        await db.SaveChangesAsync();
        return batch.Id;
    }

    private async Task RunInScopeAsync(Guid batchId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BulkInvitationService>().RunAsync(batchId, CancellationToken.None);
    }

}
