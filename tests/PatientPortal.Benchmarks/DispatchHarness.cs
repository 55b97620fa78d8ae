using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Benchmarks;

/// <summary>
/// Dispatch overhead per email: claim, decrypt the link token, render, MailKit over one reused SMTP
/// connection per job, record the result — against a local sink that accepts every message.
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

            // One warm-up job so JIT and the first connection are not in the figure.
            await SendAsync(app.Services, ids[..batchSize]);
            var timer = Stopwatch.StartNew();
            foreach (var chunk in ids[batchSize..].Chunk(batchSize))
            {
                await SendAsync(app.Services, chunk);
            }

            timer.Stop();
            var measured = ids.Count - batchSize;
            Console.WriteLine($"Email dispatch to a local SMTP sink, {Environment.ProcessorCount} cores, one worker, {batchSize} per job");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"messages {measured}, {timer.Elapsed.TotalSeconds:F2} s, {timer.Elapsed.TotalMilliseconds * 1000 / measured:F0} µs per message, {measured / timer.Elapsed.TotalSeconds:F0} messages/s, SMTP connections {sink.Connections}, received {sink.Received}"));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
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
