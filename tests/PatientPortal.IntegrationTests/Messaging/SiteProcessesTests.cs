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

    public void Dispose() => _file.Dispose();
}
