using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>A server stopped as by SIGTERM (the host's StopAsync) while a text or an email is on the wire.</summary>
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
        using var stopped = new SiteServerFactory(twilio);
        var ids = await QueueOneJobAsync(stopped, mobiles);

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

        using var restarted = new SiteServerFactory(twilio, databasePath: stopped.DatabasePath, settings: new Dictionary<string, string?> { ["PatientPortal:Messaging:SweepGrace"] = "00:00:00" });
        await Eventually.WaitAsync(
            () => restarted.QueryAsync(db => db.OutboxMessages.CountAsync(m => ids.Contains(m.Id) && m.Status == MessageStatus.Sent)),
            sent => sent == ids.Length,
            "the restarted server to send what was handed back");
        Assert.Equal(mobiles.Order(), (await answers.LoggedRequestsAsync()).Select(form => form["To"]).Order());
        Assert.Equal(1, held.Arrivals);
    }

    [Fact]
    public async Task HostStoppedWhileTwilioHangs_WaitsForTheCallToTimeOut_RecordsTheAttempt_AndStartsNothingElse()
    {
        using var twilio = new TwilioServer();
        var mobiles = new[] { "+447400300004", "+447400300005" };
        var answers = new TwilioAnswers(twilio);
        var held = answers.Hold(mobiles[0]);
        answers.AcceptEvery();
        // Twilio's request timeout runs on the site's clock: the test lets it pass once the stop has reached the job.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var stopped = new SiteServerFactory(twilio, clock, settings: new Dictionary<string, string?> { ["PatientPortal:Twilio:MaxRetries"] = "0" });
        var ids = await QueueOneJobAsync(stopped, mobiles);

        await held.Arrived.WaitAsync(TimeSpan.FromSeconds(30));
        try
        {
            var stopping = stopped.Host.StopAsync();
            await stopped.Logs.WaitForAsync("Send job stopping").WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(stopping.IsCompleted, "The host stopped without waiting for the call on the wire.");
            clock.Advance(TimeSpan.FromSeconds(10));
            await stopping;
        }
        finally
        {
            held.Release();
        }

        var rows = await OutboxSeed.ReadFileAsync(stopped.DatabasePath, ids);
        Assert.Equal((MessageStatus.Pending, 1), (rows[ids[0]].Status, rows[ids[0]].Attempts));
        Assert.NotNull(rows[ids[0]].LastError);
        Assert.Equal((MessageStatus.Pending, 0, (Guid?)null), (rows[ids[1]].Status, rows[ids[1]].Attempts, rows[ids[1]].ClaimId));
        Assert.Equal((1, 1), (held.Arrivals, answers.Received));
    }

    [Fact]
    public async Task HostStoppedWhileATextWaitsForItsTurn_HandsItBackAsNeverAttempted()
    {
        using var twilio = new TwilioServer();
        var mobiles = new[] { "+447400300006", "+447400300007" };
        var answers = new TwilioAnswers(twilio);
        var held = answers.Hold(mobiles[0]);
        answers.AcceptEvery();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // One text every 100 seconds: once the first has gone, the second waits for its turn.
        using var stopped = new SiteServerFactory(twilio, clock, settings: new Dictionary<string, string?> { ["PatientPortal:Twilio:MessagesPerSecond"] = "0.01" });
        var ids = await QueueOneJobAsync(stopped, mobiles);
        await held.Arrived.WaitAsync(TimeSpan.FromSeconds(30));
        var claimedUntil = (await stopped.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == ids[1]))).LeaseUntil;

        // The check before its call renews the second text's lease from the moved clock: then it waits its turn.
        clock.Advance(TimeSpan.FromSeconds(5));
        held.Release();
        await Eventually.WaitAsync(
            () => stopped.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == ids[1])),
            row => row.LeaseUntil > claimedUntil,
            "the second text to be checked and waiting for its turn");
        await stopped.Host.StopAsync();

        var rows = await OutboxSeed.ReadFileAsync(stopped.DatabasePath, ids);
        Assert.Equal(MessageStatus.Sent, rows[ids[0]].Status);
        Assert.Equal((MessageStatus.Pending, 0, (Guid?)null), (rows[ids[1]].Status, rows[ids[1]].Attempts, rows[ids[1]].ClaimId));
        Assert.Equal(1, answers.Received);
    }

    [Fact]
    public async Task HostStoppedWhileTheMailServerHangsAfterTheMessage_CutsTheCallOffAfterTheGrace_AndRecordsThatItMayHaveGone()
    {
        await using var smtp = new StallingSmtpServer();
        using var stopped = new SiteServerFactory(settings: new Dictionary<string, string?>
        {
            ["PatientPortal:Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PatientPortal:Messaging:SendStopGrace"] = "00:00:00.300",
        });
        var ids = await stopped.QueueEmailsAsync([Registration.UniqueEmail(), Registration.UniqueEmail()]);
        await using (var scope = stopped.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IWorkQueue>().SendMessages(MessageChannel.Email, ids);
        }

        await smtp.Stalled.WaitAsync(TimeSpan.FromSeconds(30));
        await stopped.Host.StopAsync();

        // The server has the whole first message: it is an attempt, not a message never tried.
        var rows = await OutboxSeed.ReadFileAsync(stopped.DatabasePath, ids);
        Assert.Equal((MessageStatus.Pending, 1), (rows[ids[0]].Status, rows[ids[0]].Attempts));
        Assert.Contains("may have been sent", rows[ids[0]].LastError, StringComparison.Ordinal);
        Assert.Equal((MessageStatus.Pending, 0, (Guid?)null), (rows[ids[1]].Status, rows[ids[1]].Attempts, rows[ids[1]].ClaimId));
        Assert.Equal(1, smtp.Messages);
    }

    /// <summary>The texts, queued as one send job, as an invitation run queues them.</summary>
    private static async Task<Guid[]> QueueOneJobAsync(SiteServerFactory site, IReadOnlyList<string> mobiles)
    {
        var ids = await site.QueueTextsAsync(mobiles);
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IWorkQueue>().SendMessages(MessageChannel.Sms, ids);
        return ids;
    }
}
