using System.Diagnostics;
using System.Globalization;
using System.Web;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>
/// The site's guarantees for texts with real OS processes of the built website on one SQLite file, sending through one
/// server playing Twilio in the test process: two at once keep the sender's rate, SIGTERM mid-send and kill -9 mid-run
/// send nothing twice and lose nothing. What <see cref="SenderRateTests"/>, <see cref="GracefulStopTests"/> and
/// <see cref="SmsClaimTests"/> show with hosts inside the test process, here with nothing shared but the file.
/// </summary>
public sealed class SiteProcessesTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("patient-portal-processes-").FullName;

    private string DatabasePath => Path.Combine(_folder, "portal.db");

    [Fact]
    public async Task TwoProcessesOnOneDatabase_ShareABatchOfTexts_SendEachOnce_AndNeverExceedTheSendersRate_InAnySecond()
    {
        const int rate = 5;
        const int workers = 2;
        using var twilio = new TwilioServer();
        var answers = new TwilioAnswers(twilio);
        answers.AcceptEvery();
        // Small jobs and few workers, so both processes hold some of the texts at any time and take turns at the sender.
        var settings = Settings(twilio, new() { ["PatientPortal:Twilio:MessagesPerSecond"] = $"{rate}", ["PatientPortal:Messaging:BatchSize"] = "3", ["PatientPortal:Jobs:WorkerCount"] = $"{workers}" });
        using var first = await SiteProcess.StartAsync(DatabasePath, settings);
        using var second = await SiteProcess.StartAsync(DatabasePath, settings);
        var mobiles = Enumerable.Range(0, 30).Select(i => $"+4474007{i:D5}").ToList();

        var ids = await OutboxSeed.QueueTextsAsync(DatabasePath, mobiles);
        await WaitUntilSentAsync(ids, first, second);

        var requests = await answers.LoggedRequestsAsync();
        Assert.Equal(mobiles.Order(), requests.Select(form => form["To"]).Order());
        var arrivals = twilio.Server.LogEntries
            .Where(entry => entry.RequestMessage.Path == TwilioServer.MessagesPath && entry.RequestMessage.Method == "POST")
            .Select(entry => (At: entry.RequestMessage.DateTime, From: SentBy(entry.RequestMessage.Body, first, second)))
            .OrderBy(arrival => arrival.At).ToList();
        var perProcess = arrivals.GroupBy(arrival => arrival.From).ToDictionary(group => group.Key, group => group.Count());
        Assert.True(perProcess.Count == 2, $"One process sent every text: {string.Join(", ", perProcess)}.");
        // A process's first calls are slow (its connection, the code run the first time): each worker takes its turn
        // on time, but its text reaches Twilio late, together with those of the turns after it (all four first texts
        // arrived within 20 ms in a trial). As SenderRateTests leaves out each server's first text, this leaves out
        // the first text of each worker of each process.
        var measured = arrivals.Except(arrivals.GroupBy(arrival => arrival.From).SelectMany(group => group.Take(workers))).Select(arrival => arrival.At).ToList();
        var busiest = measured.Select(start => measured.Count(arrival => arrival >= start && arrival < start.AddSeconds(1))).Max();
        output.WriteLine($"{arrivals.Count} texts, {string.Join(" and ", perProcess.Values)} by each process, in {(arrivals[^1].At - arrivals[0].At).TotalSeconds:F2} s; at most {busiest} of the measured in any second");
        output.WriteLine($"Arrivals (process, ms after the first): {string.Join(" ", arrivals.Select(arrival => $"{(arrival.From == first ? 'A' : 'B')}{(arrival.At - arrivals[0].At).TotalMilliseconds:F0}"))}");
        // Turns start at least 1/rate apart across the processes; a text that took longer to reach Twilio than the
        // next one can put one more into a second (the same bound as SenderRateTests).
        Assert.True(busiest <= rate + 1, $"{busiest} texts reached Twilio within one second, at {rate} a second.");
    }

    [Fact]
    public async Task ProcessSentSigtermWhileATextIsOnTheWire_FinishesThatText_ExitsWithinTheShutdownTimeout_AndTheNextProcessSendsTheRestOnce()
    {
        using var twilio = new TwilioServer();
        var mobiles = new[] { "+447400800001", "+447400800002", "+447400800003", "+447400800004" };
        var answers = new TwilioAnswers(twilio);
        var held = answers.Hold(mobiles[0]);
        answers.AcceptEvery();
        var settings = Settings(twilio);
        using var stopped = await SiteProcess.StartAsync(DatabasePath, settings);
        var ids = await OutboxSeed.QueueTextsAsync(DatabasePath, mobiles);

        await held.Arrived.WaitAsync(Patience);
        stopped.Terminate();
        var sinceSigterm = Stopwatch.StartNew();
        await stopped.Logs.WaitForAsync("Send job stopping").WaitAsync(Patience);
        Assert.False(stopped.HasExited, "The process exited without waiting for the text on the wire.");
        held.Release();
        var exitCode = await stopped.WaitForExitAsync(Patience);

        // Hangfire's shutdown timeout: the send stop grace (10 s by default) plus five seconds (PatientPortalJobServer).
        var shutdownTimeout = new MessagingOptions().SendStopGrace + TimeSpan.FromSeconds(5);
        Assert.True(sinceSigterm.Elapsed < shutdownTimeout, $"The process took {sinceSigterm.Elapsed} to exit after SIGTERM.");
        Assert.True(exitCode == 0, $"The process exited with {exitCode}:\n{stopped.Output}");
        Assert.Equal([mobiles[0]], (await answers.LoggedRequestsAsync()).Select(form => form["To"]));
        var rows = await OutboxSeed.ReadFileAsync(DatabasePath, ids);
        Assert.Equal(MessageStatus.Sent, rows[ids[0]].Status);
        Assert.StartsWith("SM", rows[ids[0]].ProviderMessageId, StringComparison.Ordinal);
        Assert.All(ids.Skip(1), id => Assert.Equal((MessageStatus.Pending, 0, (Guid?)null), (rows[id].Status, rows[id].Attempts, rows[id].ClaimId)));

        using var restarted = await SiteProcess.StartAsync(DatabasePath, settings);
        await WaitUntilSentAsync(ids, restarted);
        Assert.Equal(mobiles.Order(), (await answers.LoggedRequestsAsync()).Select(form => form["To"]).Order());
        Assert.Equal(1, held.Arrivals);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; it is under the temp folder.
        }
    }

    /// <summary>
    /// Sending through the server playing Twilio at 5 a second; the sweep takes up at once what another process
    /// left (it runs every second, with no grace), and a lease of 3 s (renewed every second) runs out soon after a
    /// process dies.
    /// </summary>
    private static Dictionary<string, string?> Settings(TwilioServer twilio, Dictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(twilio.Settings)
        {
            ["PatientPortal:Twilio:MessagesPerSecond"] = "5",
            ["PatientPortal:Messaging:SweepGrace"] = "00:00:00",
            ["PatientPortal:Messaging:SendLease"] = "00:00:03",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Which process sent a text: the status callback it gave Twilio is on its own address.</summary>
    private static SiteProcess SentBy(string? body, params SiteProcess[] processes)
    {
        var callback = HttpUtility.ParseQueryString(body ?? string.Empty)["StatusCallback"] ?? string.Empty;
        return processes.Single(process => callback.StartsWith(process.Address.ToString(), StringComparison.Ordinal));
    }

    private async Task WaitUntilSentAsync(Guid[] ids, params SiteProcess[] processes)
    {
        var sending = Stopwatch.StartNew();
        try
        {
            await Eventually.WaitAsync(
                async () => (await OutboxSeed.ReadFileAsync(DatabasePath, ids)).Values.Count(row => row.Status == MessageStatus.Sent),
                sent => sent == ids.Length,
                $"{ids.Length} texts sent",
                (int)Patience.TotalSeconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The texts were all sent {sending.Elapsed.TotalSeconds:F1} s after the wait began."));
        }
        catch
        {
            foreach (var process in processes)
            {
                output.WriteLine($"--- the site at {process.Address}:\n{process.Output}");
            }

            throw;
        }
    }
}
