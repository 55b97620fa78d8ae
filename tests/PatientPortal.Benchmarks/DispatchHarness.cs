using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Benchmarks;

/// <summary>
/// Dispatch overhead per email: claim, decrypt the link token, render, MailKit over one reused SMTP
/// connection per job, record the result — against a local sink that accepts every message, in rounds alternated
/// with <see cref="RawDispatchAnchor"/> doing the same physical work plainly.
/// </summary>
internal static class DispatchHarness
{
    public static async Task RunAsync(int count)
    {
        await using var sink = new SmtpSink();
        var folder = Directory.CreateTempSubdirectory("patient-portal-bench-").FullName;
        try
        {
            await using var app = BenchmarkSite.Build(folder, new Dictionary<string, string?>
            {
                ["PatientPortal:Jobs:RunServer"] = "false",
                ["PatientPortal:Email:DeliveryMethod"] = "Network",
                ["PatientPortal:Email:Host"] = "127.0.0.1",
                ["PatientPortal:Email:Port"] = sink.Port.ToString(CultureInfo.InvariantCulture),
                ["PatientPortal:Email:SecureSocketOptions"] = "None",
            });
            await app.StartAsync();
            var ids = await QueueAsync(app.Services, count);
            var batchSize = 100;
            var anchor = new RawDispatchAnchor(ConnectionString(app.Services), sink.Port);

            // One warm-up batch each so JIT and the first connection are in neither figure.
            await SendAsync(app.Services, ids[..batchSize]);
            await anchor.SendAsync(ids[batchSize..(2 * batchSize)]);

            // Alternated rounds, each side taking its own share of the same messages, the order swapped each round.
            const int rounds = 6;
            var rest = ids[(2 * batchSize)..];
            var share = rest.Count / (2 * rounds) / batchSize * batchSize;
            if (share == 0)
            {
                throw new ArgumentException($"Give at least {(2 * rounds + 2) * batchSize} messages.", nameof(count));
            }

            var ratios = new List<double>(rounds);
            TimeSpan projectTotal = default, anchorTotal = default;
            for (var round = 0; round < rounds; round++)
            {
                var projectIds = rest.Skip(2 * round * share).Take(share).ToList();
                var anchorIds = rest.Skip((2 * round + 1) * share).Take(share).ToList();
                TimeSpan project, plain;
                if (round % 2 == 0)
                {
                    project = await TimeAsync(() => SendAllAsync(chunk => SendAsync(app.Services, chunk), projectIds, batchSize));
                    plain = await TimeAsync(() => SendAllAsync(anchor.SendAsync, anchorIds, batchSize));
                }
                else
                {
                    plain = await TimeAsync(() => SendAllAsync(anchor.SendAsync, anchorIds, batchSize));
                    project = await TimeAsync(() => SendAllAsync(chunk => SendAsync(app.Services, chunk), projectIds, batchSize));
                }

                projectTotal += project;
                anchorTotal += plain;
                ratios.Add(project / plain);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: project {Micros(project, share):F0} µs/message, anchor {Micros(plain, share):F0} µs/message, ratio {project / plain:F2}"));
            }

            var measured = share * rounds;
            Console.WriteLine($"Email dispatch to a local SMTP sink, {Environment.ProcessorCount} cores, one worker, {batchSize} per job, {rounds} alternated rounds of {share} messages each side");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"project {Micros(projectTotal, measured):F0} µs per message, anchor (raw MailKit + one UPDATE and commit per message) {Micros(anchorTotal, measured):F0} µs per message, SMTP connections {sink.Connections}, received {sink.Received}"));
            Console.WriteLine(Ratios.Summary("project ÷ anchor", ratios));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The messages in jobs of the batch size, one after another, whichever side sends them.</summary>
    private static async Task SendAllAsync(Func<IReadOnlyList<Guid>, Task> send, IReadOnlyList<Guid> ids, int batchSize)
    {
        foreach (var chunk in ids.Chunk(batchSize))
        {
            await send(chunk);
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var timer = Stopwatch.StartNew();
        await work();
        return timer.Elapsed;
    }

    private static double Micros(TimeSpan elapsed, int messages) => elapsed.TotalMilliseconds * 1000 / messages;

    private static string ConnectionString(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>().Database.GetConnectionString()
            ?? throw new InvalidOperationException("The benchmark site has no connection string.");
    }

    private static async Task SendAsync(IServiceProvider services, IReadOnlyList<Guid> ids)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(MessageChannel.Email, ids, CancellationToken.None);
    }

    private static async Task<List<Guid>> QueueAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<ILinkTokenProtector>();
        var now = DateTimeOffset.UtcNow;
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            var link = $"https://clinic.example/patient-portal/invitation?token={OutboxMessage.LinkTokenPlaceholder}";
            var message = OutboxMessage.Email(
                new EmailMessage($"patient{i}@example.org", $"Patient {i}", "Your invitation to the patient portal", $"<p>Dear Patient,</p><p><a href=\"{link}\">Set up my account</a></p>", $"Dear Patient,\n{link}\n"),
                new MessageContext(MessagePurpose.PortalInvitation, null),
                now);
            message.ProtectLinkToken(protector.Protect(PatientPortal.Core.Security.SecureToken.Generate()));
            db.OutboxMessages.Add(message);
            ids.Add(message.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
