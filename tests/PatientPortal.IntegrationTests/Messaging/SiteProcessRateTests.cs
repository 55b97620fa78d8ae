using System.Web;
using PatientPortal.IntegrationTests.SignIn;
using PatientPortal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>
/// Two real OS processes of the built website on one SQLite file keep one rate for the sender, as
/// <see cref="SenderRateTests"/> shows for two hosts inside the test process. It measures when texts reach the server
/// playing Twilio in this process, so it runs alone, after the parallel test classes, as the other timings do.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class SiteProcessRateTests(ITestOutputHelper output) : IDisposable
{
    private readonly SiteProcessFile _file = new(output);

    [Fact]
    public async Task TwoProcessesOnOneDatabase_ShareABatchOfTexts_SendEachOnce_AndNeverExceedTheSendersRate_InAnySecond()
    {
        const int rate = 5;
        const int workers = 2;
        using var twilio = new TwilioServer();
        var answers = new TwilioAnswers(twilio);
        answers.AcceptEvery();
        // Small jobs and few workers, so both processes hold some of the texts at any time and take turns at the sender.
        var settings = SiteProcessFile.Settings(twilio, new() { ["PatientPortal:Twilio:MessagesPerSecond"] = $"{rate}", ["PatientPortal:Messaging:BatchSize"] = "3", ["PatientPortal:Jobs:WorkerCount"] = $"{workers}" });
        using var first = await _file.StartAsync(settings);
        using var second = await _file.StartAsync(settings);
        var mobiles = Enumerable.Range(0, 30).Select(i => $"+4474007{i:D5}").ToList();

        var ids = await _file.QueueTextsAsync(mobiles);
        await _file.WaitUntilSentAsync(ids, first, second);

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

    public void Dispose() => _file.Dispose();

    /// <summary>Which process sent a text: the status callback it gave Twilio is on its own address.</summary>
    private static SiteProcess SentBy(string? body, params SiteProcess[] processes)
    {
        var callback = HttpUtility.ParseQueryString(body ?? string.Empty)["StatusCallback"] ?? string.Empty;
        return processes.Single(process => callback.StartsWith(process.Address.ToString(), StringComparison.Ordinal));
    }
}
