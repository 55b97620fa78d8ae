using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.Infrastructure.Persistence;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PatientPortal.Benchmarks;

/// <summary>
/// Time for a run of texts at the sender's rate, through the real dispatcher (claim, check, record each), the
/// Twilio library, the retry pipeline and the per-sender slot in SQLite, to WireMock playing Twilio, against the
/// ideal (count ÷ rate). On the real clock: the ratio is the point. The anchor is a plain loop posting the same
/// forms to the same server, paced by Task.Delay on a fixed schedule; the two run alternately so both see the
/// same machine.
/// </summary>
internal static class SmsRateHarness
{
    private const string AccountSid = "AC00000000000000000000000000000009";
    private const string MessagesPath = $"/2010-04-01/Accounts/{AccountSid}/Messages.json";
    private const string From = "+441234567890";
    private const string Body = "Your appointment is confirmed.";

    /// <param name="args">Texts (1,000), rate per second (50), rounds (3).</param>
    public static async Task RunAsync(IReadOnlyList<double> args)
    {
        var count = (int)(args.Count > 0 ? args[0] : 1_000);
        var rate = args.Count > 1 ? args[1] : 50;
        var rounds = (int)(args.Count > 2 ? args[2] : 3);
        using var twilio = WireMockServer.Start();
        twilio.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"sid":"SM00000000000000000000000000000001","status":"queued"}"""));
        var folder = Directory.CreateTempSubdirectory("patient-portal-bench-").FullName;
        try
        {
            await using var app = BenchmarkSite.Build(folder, new Dictionary<string, string?>
            {
                ["PatientPortal:Jobs:RunServer"] = "false",
                ["PatientPortal:Twilio:Enabled"] = "true",
                ["PatientPortal:Twilio:BaseUrl"] = twilio.Url + "/",
                ["PatientPortal:Twilio:AccountSid"] = AccountSid,
                ["PatientPortal:Twilio:AuthToken"] = "benchmark-token",
                ["PatientPortal:Twilio:From"] = From,
                ["PatientPortal:Twilio:MessagesPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
            });
            await app.StartAsync();
            using var plain = new HttpClient { BaseAddress = new Uri(twilio.Url!) };
            var ideal = TimeSpan.FromSeconds(count / rate);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} texts at {rate}/s (ideal {ideal.TotalSeconds:F2} s), real clock, {Environment.ProcessorCount} cores, one worker, 100 per job, SQLite"));

            // Warm-up, not in the figures: JIT, the first connections, the slot's row.
            await PortalAsync(app.Services, 0, 20);
            await PlainAsync(plain, 20, rate);
            Console.WriteLine("round | portal (s) | portal ÷ ideal | plain loop (s) | plain ÷ ideal | portal ÷ plain");
            for (var round = 1; round <= rounds; round++)
            {
                var portal = await PortalAsync(app.Services, round, count);
                var loop = await PlainAsync(plain, count, rate);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round} | {portal.TotalSeconds:F2} | {portal / ideal:F3} | {loop.TotalSeconds:F2} | {loop / ideal:F3} | {portal / loop:F3}"));
            }

            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Queues the texts, then sends them as the job server would: jobs of 100, one after another.</summary>
    private static async Task<TimeSpan> PortalAsync(IServiceProvider services, int round, int count)
    {
        var ids = await QueueAsync(services, round, count);
        var timer = Stopwatch.StartNew();
        foreach (var job in ids.Chunk(100))
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(MessageChannel.Sms, job, CancellationToken.None);
        }

        timer.Stop();
        await using var check = services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var sent = db.OutboxMessages.Count(message => ids.Contains(message.Id) && message.Status == MessageStatus.Sent);
        if (sent != count)
        {
            throw new InvalidOperationException($"{sent} of {count} texts were sent.");
        }

        return timer.Elapsed;
    }

    /// <summary>The same posts in a plain loop: each starts at its place in a fixed schedule of one every 1/rate.</summary>
    private static async Task<TimeSpan> PlainAsync(HttpClient http, int count, double rate)
    {
        var timer = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate) - timer.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["To"] = Mobile(99, i), ["From"] = From, ["Body"] = Body });
            using var response = await http.PostAsync(new Uri(MessagesPath, UriKind.Relative), form);
            response.EnsureSuccessStatusCode();
        }

        timer.Stop();
        return timer.Elapsed;
    }

    private static async Task<Guid[]> QueueAsync(IServiceProvider services, int round, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var messages = Enumerable.Range(0, count).Select(i => OutboxMessage.Sms(Mobile(round, i), Body, new MessageContext(MessagePurpose.PortalInvitation, null), now.AddMilliseconds(i - count), now)).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(message => message.Id).ToArray();
    }

    private static string Mobile(int round, int i) => string.Create(CultureInfo.InvariantCulture, $"+4477{round:D2}{i:D6}");
}
