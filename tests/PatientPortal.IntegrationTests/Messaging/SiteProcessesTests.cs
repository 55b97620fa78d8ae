using System.Diagnostics;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>
/// Real OS processes of the built website on one SQLite file, sending texts through one server playing Twilio in the
/// test process, stopped mid-send by SIGTERM or killed mid-run with SIGKILL: nothing is sent twice, nothing is lost.
/// What <see cref="GracefulStopTests"/> and <see cref="SmsClaimTests"/> show with hosts inside the test process, here
/// with nothing shared but the file (the rate across processes: <see cref="SiteProcessRateTests"/>).
/// </summary>
public sealed class SiteProcessesTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = SiteProcessFile.Patience;
    private readonly SiteProcessFile _file = new(output);

    [Fact]
    public async Task ProcessSentSigtermWhileATextIsOnTheWire_FinishesThatText_ExitsWithinTheShutdownTimeout_AndTheNextProcessSendsTheRestOnce()
    {
        using var twilio = new TwilioServer();
        var mobiles = new[] { "+447400800001", "+447400800002", "+447400800003", "+447400800004" };
        var answers = new TwilioAnswers(twilio);
        var held = answers.Hold(mobiles[0]);
        answers.AcceptEvery();
        var settings = SiteProcessFile.Settings(twilio);
        using var stopped = await _file.StartAsync(settings);
        var ids = await _file.QueueTextsAsync(mobiles);

        await held.Arrived.WaitAsync(Patience);
        stopped.Terminate();
        var sinceSigterm = Stopwatch.StartNew();
        await stopped.Logs.WaitForAsync("Send job stopping").WaitAsync(Patience);
        Assert.False(stopped.HasExited, "The process exited without waiting for the text on the wire.");
        held.Release();
        var exitCode = await stopped.WaitForExitAsync(Patience);
        output.WriteLine($"Exited {sinceSigterm.Elapsed.TotalSeconds:F1} s after SIGTERM with {exitCode}.");

        // Hangfire's shutdown timeout: the send stop grace (10 s by default) plus five seconds (PatientPortalJobServer).
        var shutdownTimeout = new MessagingOptions().SendStopGrace + TimeSpan.FromSeconds(5);
        Assert.True(sinceSigterm.Elapsed < shutdownTimeout, $"The process took {sinceSigterm.Elapsed} to exit after SIGTERM.");
        Assert.True(exitCode == 0, $"The process exited with {exitCode}:\n{stopped.Output}");
        Assert.Equal([mobiles[0]], (await answers.LoggedRequestsAsync()).Select(form => form["To"]));
        var rows = await _file.RowsAsync(ids);
        Assert.Equal(MessageStatus.Sent, rows[ids[0]].Status);
        Assert.StartsWith("SM", rows[ids[0]].ProviderMessageId, StringComparison.Ordinal);
        Assert.All(ids.Skip(1), id => Assert.Equal((MessageStatus.Pending, 0, (Guid?)null), (rows[id].Status, rows[id].Attempts, rows[id].ClaimId)));

        using var restarted = await _file.StartAsync(settings);
        await _file.WaitUntilSentAsync(ids, restarted);
        Assert.Equal(mobiles.Order(), (await answers.LoggedRequestsAsync()).Select(form => form["To"]).Order());
        Assert.Equal(1, held.Arrivals);
    }

    [Fact]
    public async Task ProcessKilledWhileATextIsOnTheWire_NextProcessFinishesTheRunAfterTheLease_LooksThatTextUpAtTwilio_AndCreatesEachTextOnce()
    {
        using var twilio = new TwilioServer();
        var mobiles = Enumerable.Range(1, 6).Select(i => $"+4474009000{i:D2}").ToList();
        // Twilio creates the third text, then its answer never comes while the process lives; a second create would be answered.
        var messages = new TwilioMessages(twilio, () => DateTimeOffset.UtcNow).AnswerCreates(mobiles[2], TwilioCreate.HangAfterCreating, TwilioCreate.Created).Start();
        // Jobs of two texts on one worker: when the third text hangs, two are sent, one is claimed behind it and two wait.
        var settings = SiteProcessFile.Settings(twilio, new() { ["PatientPortal:Messaging:BatchSize"] = "2", ["PatientPortal:Jobs:WorkerCount"] = "1" });
        try
        {
            using var killed = await _file.StartAsync(settings);
            var ids = await _file.QueueTextsAsync(mobiles);
            await messages.Hanging.WaitAsync(Patience);
            killed.Kill();
            Assert.Equal(128 + 9, await killed.WaitForExitAsync(Patience));

            var left = await _file.RowsAsync(ids);
            output.WriteLine($"Left by the killed process: {string.Join(", ", ids.Select(id => $"{left[id].Recipient} {left[id].Status} (attempts {left[id].Attempts})"))}");
            Assert.Equal((MessageStatus.Sending, 1), (left[ids[2]].Status, left[ids[2]].Attempts));

            using var next = await _file.StartAsync(settings);
            await _file.WaitUntilSentAsync(ids, next);
            Assert.All(mobiles, mobile => Assert.True(messages.CreatesTo(mobile) == 1, $"{mobile} was created {messages.CreatesTo(mobile)} times at Twilio."));
            var rows = await _file.RowsAsync(ids);
            Assert.Equal(messages.Created.Single(text => text.To == mobiles[2]).Sid, rows[ids[2]].ProviderMessageId);
            Assert.True(messages.Lists >= 1, "The text on the wire was not looked up at Twilio.");
        }
        finally
        {
            messages.ReleaseHanging();
        }
    }

    public void Dispose() => _file.Dispose();
}
