using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>Claims on texts hold while they are worked, on two servers of one site sharing one SQLite file.</summary>
public sealed class SmsClaimTests
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";

    /// <summary>
    /// At 1/s a thousand texts take 17 minutes, so the site runs on a fake clock that the server playing Twilio
    /// moves one second for every text it receives: leases, their renewal and the sweep (run every minute of that
    /// clock on both servers, as its cron does) see exactly one text a second, with the default lease, batch size,
    /// worker count and rate (the sender's turns run on that clock too, one a second across both servers). The
    /// server playing Twilio answers at most 20 a second of wall-clock time, so the site's clock runs 20 times faster
    /// than the database and the network, and the per-request timeout (which runs on the site's clock) gets its
    /// longest setting so that a request a few hundred real milliseconds long is not taken for a hang. Faster still,
    /// ordinary waits for the database start to look like minutes to the lease.
    /// </summary>
    [Fact]
    public async Task ThousandTextRun_AtOneASecond_WithDefaultSettings_OnTwoServers_SendsEachTextOnce()
    {
        using var twilio = new TwilioServer();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var answers = new TwilioAnswers(twilio);
        var oneAtATime = new Lock();
        var wallClock = Stopwatch.StartNew();
        var lastAnswer = TimeSpan.Zero;
        answers.AcceptEvery(() =>
        {
            lock (oneAtATime)
            {
                // Wall-clock pacing no fake clock can give: the sender's turns run on the site's clock.
                var wait = lastAnswer + TimeSpan.FromMilliseconds(50) - wallClock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    Thread.Sleep(wait);
                }

                lastAnswer = wallClock.Elapsed;
                clock.Advance(TimeSpan.FromSeconds(1));
            }
        });
        var sender = new Dictionary<string, string?> { ["PatientPortal:Twilio:MessagesPerSecond"] = "1", ["PatientPortal:Twilio:RequestTimeout"] = "00:02:00" };
        using var first = new SiteServerFactory(twilio, clock, settings: sender);
        using var second = new SiteServerFactory(twilio, clock, first.DatabasePath, sender);
        var admin = await first.AdminAsync();
        var chargeband = await first.ChargebandAsync("Thousand texts");
        await SeedTextOnlyPatientsAsync(first, chargeband, 1_000);
        _ = second.Services;
        var startedAt = clock.GetUtcNow();

        using var started = await admin.PostAsJsonAsync($"{Api}/invitation-runs", new { filter = new { chargebandId = chargeband } });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var runId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await SweepEveryMinuteUntilAsync(clock, [first, second], () => first.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.BatchId == runId && m.Status == MessageStatus.Sent)), sent => sent == 1_000);

        var requests = await answers.LoggedRequestsAsync();
        var perNumber = requests.GroupBy(form => form["To"]).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(1_000, perNumber.Count);
        var twice = perNumber.Count(entry => entry.Value > 1);
        Assert.True(twice == 0, $"{twice} of 1,000 texts were sent more than once ({requests.Count} requests).");
        var lease = first.Services.GetRequiredService<IOptions<MessagingOptions>>().Value.SendLease;
        Assert.True(clock.GetUtcNow() - startedAt > 10 * lease, $"The run took {clock.GetUtcNow() - startedAt} of the site's clock.");
    }

    [Fact]
    public async Task JobWhoseClaimWasTakenOver_StopsBeforeItsNextText_AndLeavesTheRestToTheWorkerThatHoldsThem()
    {
        using var twilio = new TwilioServer();
        using var site = new SiteServerFactory(twilio, settings: new Dictionary<string, string?> { ["PatientPortal:Jobs:RunServer"] = "false" });
        var mobiles = new[] { "+447400200001", "+447400200002", "+447400200003" };
        var ids = await site.QueueTextsAsync(mobiles);
        var answers = new TwilioAnswers(twilio);
        var held = answers.Hold(mobiles[0]);
        answers.AcceptEvery();

        var stalled = DispatchAsync(site, ids);
        await held.Arrived.WaitAsync(TimeSpan.FromSeconds(30));
        // While the job waits on its first text it is as good as stalled: its lease on the other two runs out and
        // another worker claims them, through the same claim every job takes.
        await site.QueryAsync(db => db.OutboxMessages.Where(m => ids.Skip(1).Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, DateTimeOffset.UtcNow.AddSeconds(-1))));
        await using var otherScope = site.Services.CreateAsyncScope();
        var other = await otherScope.ServiceProvider.GetRequiredService<OutboxClaims>().TakeAsync(MessageChannel.Sms, ids, CancellationToken.None);
        Assert.Equal(ids.Skip(1).Order(), other.Messages.Select(m => m.Id).Order());
        held.Release();
        await stalled;

        Assert.Equal([mobiles[0]], (await answers.LoggedRequestsAsync()).Select(form => form["To"]));
        var rows = await site.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id));
        Assert.Equal(MessageStatus.Sent, rows[ids[0]].Status);
        Assert.All(ids.Skip(1), id => Assert.Equal((MessageStatus.Sending, other.Id), (rows[id].Status, rows[id].ClaimId!.Value)));

        // The other worker stops too, without sending: the two go out once each from the next job.
        await other.DisposeAsync();
        await DispatchAsync(site, ids);
        Assert.Equal(mobiles.Order(), (await answers.LoggedRequestsAsync()).Select(form => form["To"]).Order());
        Assert.Equal(1, held.Arrivals);
    }

    private static async Task DispatchAsync(SiteServerFactory site, IReadOnlyList<Guid> ids)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(MessageChannel.Sms, ids, CancellationToken.None);
    }

    private static async Task SeedTextOnlyPatientsAsync(SiteServerFactory site, Guid chargeband, int count)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            var patient = Patient.Register(new PatientDetails(null, "Text", "Only", new DateOnly(1980, 1, 1), null, $"+447700{i:D6}"), chargeband, now);
            patient.SetConsent(email: false, sms: true);
            db.Patients.Add(patient);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Runs the outbox sweep on every server each time the site's clock passes a minute, until the work is done.</summary>
    private static async Task SweepEveryMinuteUntilAsync(FakeTimeProvider clock, SiteServerFactory[] servers, Func<Task<int>> read, Func<int, bool> done)
    {
        var nextSweep = clock.GetUtcNow().AddMinutes(1);
        // A bound for a run that hangs, not a speed check: the thousand answers alone take 50 s, and twice that on a loaded machine.
        var deadline = DateTime.UtcNow.AddMinutes(4);
        var lastSeen = clock.GetUtcNow();
        var idle = Stopwatch.StartNew();
        while (!done(await read()))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out with {await read()} done at {clock.GetUtcNow() - nextSweep.AddMinutes(-1)} past the last sweep.");
            if (clock.GetUtcNow() != lastSeen)
            {
                lastSeen = clock.GetUtcNow();
                idle.Restart();
            }
            else if (idle.Elapsed > TimeSpan.FromMilliseconds(500))
            {
                // The site's clock moves with Twilio's answers; when none is on the way (a job waiting for its turn,
                // a retry's time, a job scheduled by the real clock) it must still pass, as real time would.
                clock.Advance(TimeSpan.FromSeconds(1));
            }

            if (clock.GetUtcNow() < nextSweep)
            {
                await Task.Delay(50);
                continue;
            }

            foreach (var server in servers)
            {
                await using var scope = server.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxSweep>().RunAsync(CancellationToken.None);
            }

            nextSweep = nextSweep.AddMinutes(1);
        }
    }
}
