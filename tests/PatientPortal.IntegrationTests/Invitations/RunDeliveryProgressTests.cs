using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Jobs;
using PatientPortal.IntegrationTests.Messaging.Health;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Invitations;

/// <summary>A bulk run whose emails meet a mail server that is down: done inviting is not done sending.</summary>
public sealed class RunDeliveryProgressTests(EmailOutagePortalFactory portal) : IClassFixture<EmailOutagePortalFactory>
{
    [Fact]
    public async Task ARunCompleted_WhileTheMailServerIsDown_ShowsItsMessagesRetrying_ThenDoneOnceTheyGo()
    {
        var admin = await portal.AdminAsync();
        var chargeband = await portal.ChargebandAsync("Run delivery");
        var patients = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            patients.Add(await portal.AddPatientAsync(chargeband, Registration.UniqueEmail("run-delivery")));
        }

        using var started = await admin.PostAsJsonAsync("/umbraco/management/api/v1/patient-portal/invitation-runs", new { patientIds = patients });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvitationBatchJob>().RunAsync(runId, CancellationToken.None);
        }

        var waiting = await admin.GetJsonAsync(location + "?take=0");
        Assert.Equal("Completed", waiting.GetProperty("run").GetProperty("status").GetString());
        AssertDelivery(waiting, "Sending", waiting: 3, retrying: 0, sent: 0);

        await portal.SendDueAsync(MessageChannel.Email);
        AssertDelivery(await admin.GetJsonAsync(location + "?take=0"), "Retrying", waiting: 0, retrying: 3, sent: 0);

        portal.Relay.Start();
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await portal.SendDueAsync(MessageChannel.Email);
        var done = await admin.GetJsonAsync(location + "?take=0");
        AssertDelivery(done, "Done", waiting: 0, retrying: 0, sent: 3);
        Assert.Equal(3, done.GetProperty("messages").GetProperty("Sent").GetInt32());
    }

    private static void AssertDelivery(JsonElement progress, string status, int waiting, int retrying, int sent)
    {
        var delivery = progress.GetProperty("delivery");
        Assert.Equal(status, delivery.GetProperty("status").GetString());
        Assert.Equal(waiting, delivery.GetProperty("waiting").GetInt32());
        Assert.Equal(retrying, delivery.GetProperty("retrying").GetInt32());
        Assert.Equal(sent, delivery.GetProperty("sent").GetInt32());
        Assert.Equal(0, delivery.GetProperty("failed").GetInt32());
    }
}
