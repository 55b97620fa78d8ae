using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Core.Patients;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Web;

namespace PatientPortal.Benchmarks;

/// <summary>
/// Times a bulk invitation on SQLite from the request (fix the selection, store the run) to every invitation
/// and outbox row written and every send job queued. A macro benchmark of seconds, so a plain stopwatch
/// harness rather than BenchmarkDotNet. Sending is left out (no job server) and measured by DispatchHarness.
/// </summary>
internal static class BulkInviteHarness
{
    public static async Task RunAsync(IEnumerable<int> sizes)
    {
        Console.WriteLine($"Bulk invite on SQLite, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("patients | seed (s) | start request (ms) | run (s) | total (s) | invitations | outbox rows | per patient (µs) | peak working set (MB)");
        foreach (var size in sizes)
        {
            await RunOnceAsync(size);
        }
    }

    private static async Task RunOnceAsync(int size)
    {
        var folder = Directory.CreateTempSubdirectory("patient-portal-bench-").FullName;
        try
        {
            await using var app = BenchmarkSite.Build(folder, new Dictionary<string, string?>
            {
                ["PatientPortal:Jobs:RunServer"] = "false",
                ["PatientPortal:Invitations:Channels:0"] = "Email",
                ["PatientPortal:Invitations:Channels:1"] = "Sms",
            });
            await app.StartAsync();

            var seed = Stopwatch.StartNew();
            var chargebandId = await SeedAsync(app.Services, size);
            seed.Stop();

            GC.Collect();
            var total = Stopwatch.StartNew();
            InvitationBatch batch;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var result = await scope.ServiceProvider.GetRequiredService<BulkInvitationService>()
                    .StartAsync(new PatientSelection(null, new PatientFilter(chargebandId)), "benchmark", CancellationToken.None);
                batch = result.Value!;
            }

            var start = total.Elapsed;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<BulkInvitationService>().RunAsync(batch.Id, CancellationToken.None);
            }

            total.Stop();
            await using var check = app.Services.CreateAsyncScope();
            var db = check.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
            var invitations = await db.Invitations.CountAsync();
            var messages = await db.OutboxMessages.CountAsync();
            var run = total.Elapsed - start;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{size,8} | {seed.Elapsed.TotalSeconds,8:F1} | {start.TotalMilliseconds,17:F0} | {run.TotalSeconds,7:F1} | {total.Elapsed.TotalSeconds,9:F1} | {invitations,11} | {messages,11} | {total.Elapsed.TotalMicroseconds / size,16:F0} | {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024,20}"));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Patients without accounts, each with an email and a mobile and consent for both.</summary>
    internal static async Task<Guid> SeedAsync(IServiceProvider services, int size)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var chargeband = PatientPortal.Core.Chargebands.Chargeband.Create("Benchmark", [], DateTimeOffset.UtcNow).Value!;
        db.Chargebands.Add(chargeband);
        await db.SaveChangesAsync();
        var now = DateTimeOffset.UtcNow;
        for (var offset = 0; offset < size; offset += 5_000)
        {
            for (var i = offset; i < Math.Min(size, offset + 5_000); i++)
            {
                db.Patients.Add(Patient.Register(
                    new PatientDetails(null, "Patient", $"Number{i}", new DateOnly(1980, 1, 1).AddDays(i % 10_000), $"patient{i}@example.org", $"+4474{i % 100_000_000:D8}"),
                    chargeband.Id,
                    now));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return chargeband.Id;
    }
}
