using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.IntegrationTests.Support;
using Xunit.Abstractions;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>Two servers of one site on one SQLite file, sending through one server playing Twilio, keep one rate for the sender.</summary>
public sealed class SenderRateTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TwoServersSendingAtOnce_NeverExceedTheSendersRate_InAnySecond()
    {
        // Ten a second keeps the test short; each server runs two send jobs at once, 40 texts in all (4 seconds).
        const int rate = 10;
        using var twilio = new TwilioServer();
        var answers = new TwilioAnswers(twilio);
        answers.AcceptEvery();
        var settings = new Dictionary<string, string?> { ["PatientPortal:Twilio:MessagesPerSecond"] = $"{rate}", ["PatientPortal:Jobs:RunServer"] = "false" };
        using var first = new SiteServerFactory(twilio, settings: settings);
        using var second = new SiteServerFactory(twilio, databasePath: first.DatabasePath, settings: settings);
        var mobiles = Enumerable.Range(0, 40).Select(i => $"+4474005{i:D5}").ToList();
        var ids = await first.QueueTextsAsync(mobiles);
        // A server's first call is slow (its connection, the code run the first time), so the texts after it can
        // reach Twilio bunched: each server sends one text before the measured ones.
        string[] warmUpMobiles = ["+447400499998", "+447400499999"];
        var warmUp = await first.QueueTextsAsync(warmUpMobiles);
        await Task.WhenAll(DispatchAsync(first, warmUp[..1]), DispatchAsync(second, warmUp[1..]));

        var sending = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(ids.Chunk(10).Select((job, i) => DispatchAsync(i % 2 == 0 ? first : second, job)));
        sending.Stop();

        var sent = (await answers.LoggedRequestsAsync()).Select(form => form["To"]).Where(mobile => !warmUpMobiles.Contains(mobile));
        Assert.Equal(mobiles.Order(), sent.Order());
        var arrivals = twilio.Server.LogEntries
            .Where(entry => entry.RequestMessage.Path == TwilioServer.MessagesPath && !warmUpMobiles.Any(mobile => entry.RequestMessage.Body!.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal)))
            .Select(entry => entry.RequestMessage.DateTime).Order().ToList();
        var busiest = arrivals.Select(start => arrivals.Count(arrival => arrival >= start && arrival < start.AddSeconds(1))).Max();
        output.WriteLine($"{arrivals.Count} texts in {sending.Elapsed.TotalSeconds:F2} s; at most {busiest} in any second; arrivals {(arrivals[^1] - arrivals[0]).TotalSeconds:F2} s apart end to end; gaps {string.Join(" ", arrivals.Zip(arrivals.Skip(1), (a, b) => (int)(b - a).TotalMilliseconds))}");
        // Turns start at least 100 ms apart on every server. A text that took longer to reach Twilio than the next
        // one can put one more into a second; two more would need one delayed by over 100 ms more than a later one.
        Assert.True(busiest <= rate + 1, $"{busiest} texts reached Twilio within one second, at {rate} a second.");
    }

    [Fact]
    public async Task TextWaitingBehindTheOtherServersTurn_WhenStopped_SendsNothing_AndTheNextTextGoesAtThatTurn()
    {
        using var twilio = new TwilioServer();
        var answers = new TwilioAnswers(twilio);
        answers.AcceptEvery();
        var clock = new TimerSignallingClock();
        var settings = new Dictionary<string, string?> { ["PatientPortal:Twilio:MessagesPerSecond"] = "1", ["PatientPortal:Jobs:RunServer"] = "false" };
        using var first = new SiteServerFactory(twilio, clock, settings: settings);
        using var second = new SiteServerFactory(twilio, clock, first.DatabasePath, settings);
        var firstSender = first.Services.GetRequiredService<ISmsSender>();
        var secondSender = second.Services.GetRequiredService<ISmsSender>();
        Assert.Equal(SmsSendOutcome.Accepted, (await firstSender.SendAsync(Text("+447400600001"), CancellationToken.None).WaitAsync(Patience)).Outcome);

        using var stop = new CancellationTokenSource();
        var waiting = clock.NextTimerAsync();
        var behind = secondSender.SendAsync(Text("+447400600002"), stop.Token);
        Assert.Equal(TimeSpan.FromSeconds(1), await waiting.WaitAsync(Patience));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => behind.WaitAsync(Patience));

        // The stopped text took no turn: the next one goes one second after the first text, not two.
        waiting = clock.NextTimerAsync();
        var next = secondSender.SendAsync(Text("+447400600003"), CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(1), await waiting.WaitAsync(Patience));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SmsSendOutcome.Accepted, (await next.WaitAsync(Patience)).Outcome);
        Assert.Equal(["+447400600001", "+447400600003"], (await answers.LoggedRequestsAsync()).Select(form => form["To"]));
    }

    private static SmsMessage Text(string mobile) => new(mobile, "Your appointment is confirmed.", null);

    private static async Task DispatchAsync(SiteServerFactory site, IReadOnlyList<Guid> ids)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(MessageChannel.Sms, ids, CancellationToken.None);
    }
}
