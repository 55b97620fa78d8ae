using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>A server stopped as by SIGTERM (the host's StopAsync) while a text is on the wire.</summary>
public sealed class GracefulStopTests
{
    [Fact]
    public async Task HostStoppedMidSend_LetsTheTextOnTheWireFinish_HandsBackTheRest_AndTheNextServerSendsEachOnce()
    {
        using var twilio = new TwilioServer();
        var mobiles = new[] { "+447400300001", "+447400300002", "+447400300003" };
        var answers = new TwilioAnswers(twilio);
        var held = answers.Hold(mobiles[0]);
        answers.AcceptEvery();
        using var stopped = new SmsServerFactory(twilio);
        var ids = await stopped.QueueTextsAsync(mobiles);
        await using (var scope = stopped.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IWorkQueue>().SendMessages(MessageChannel.Sms, ids);
        }

        await held.Arrived.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = stopped.Host.StopAsync();
        await stopped.Logs.WaitForAsync("Send job stopping").WaitAsync(TimeSpan.FromSeconds(30));
        held.Release();
        await stopping;

        Assert.Equal([mobiles[0]], (await answers.LoggedRequestsAsync()).Select(form => form["To"]));
        var rows = await OutboxSeed.ReadFileAsync(stopped.DatabasePath, ids);
        Assert.Equal(MessageStatus.Sent, rows[ids[0]].Status);
        Assert.StartsWith("SM", rows[ids[0]].ProviderMessageId, StringComparison.Ordinal);
        Assert.All(ids.Skip(1), id => Assert.Equal((MessageStatus.Pending, 0, (Guid?)null), (rows[id].Status, rows[id].Attempts, rows[id].ClaimId)));

        using var restarted = new SmsServerFactory(twilio, databasePath: stopped.DatabasePath, settings: new Dictionary<string, string?> { ["PatientPortal:Messaging:SweepGrace"] = "00:00:00" });
        await Eventually.WaitAsync(
            () => restarted.QueryAsync(db => db.OutboxMessages.CountAsync(m => ids.Contains(m.Id) && m.Status == MessageStatus.Sent)),
            sent => sent == ids.Length,
            "the restarted server to send what was handed back");
        Assert.Equal(mobiles.Order(), (await answers.LoggedRequestsAsync()).Select(form => form["To"]).Order());
        Assert.Equal(1, held.Arrivals);
    }

    [Fact]
    public async Task HostStoppedWhileTwilioHangs_CutsTheCallOffAfterTheGrace_AndRecordsAnAttemptThatMayHaveGone()
    {
        using var twilio = new TwilioServer();
        var mobiles = new[] { "+447400300004", "+447400300005" };
        var answers = new TwilioAnswers(twilio);
        var held = answers.Hold(mobiles[0]);
        answers.AcceptEvery();
        using var stopped = new SmsServerFactory(twilio, settings: new Dictionary<string, string?> { ["PatientPortal:Messaging:SendStopGrace"] = "00:00:00.300" });
        var ids = await stopped.QueueTextsAsync(mobiles);
        await using (var scope = stopped.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IWorkQueue>().SendMessages(MessageChannel.Sms, ids);
        }

        await held.Arrived.WaitAsync(TimeSpan.FromSeconds(30));
        try
        {
            await stopped.Host.StopAsync();
        }
        finally
        {
            held.Release();
        }

        var rows = await OutboxSeed.ReadFileAsync(stopped.DatabasePath, ids);
        Assert.Equal((MessageStatus.Pending, 1), (rows[ids[0]].Status, rows[ids[0]].Attempts));
        Assert.Contains("may have been sent", rows[ids[0]].LastError, StringComparison.Ordinal);
        Assert.Equal((MessageStatus.Pending, 0), (rows[ids[1]].Status, rows[ids[1]].Attempts));
        Assert.Equal((1, 1), (held.Arrivals, answers.Received));
    }
}
