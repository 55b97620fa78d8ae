using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Core.Invitations.Funnel;
using PatientPortal.Core.Patients;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Benchmarks;

/// <summary>
/// Times the dashboard's invitation funnel over a year and over the last 30 days on SQLite: 10,000 invitations a
/// year, as many years back as the size makes, each with an email and an SMS in a realistic mix of statuses. A stopwatch harness: one request is tens of milliseconds.
/// </summary>
internal static class FunnelHarness
{
    private const int Runs = 7;

    public static async Task RunAsync(IEnumerable<int> sizes)
    {
        Console.WriteLine($"Invitation funnel over 366 days on SQLite, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("invitations | outbox rows | first (ms) | median (ms) | source query (ms) | bucketing (ms) | allocated (MB) | last 30 days (ms)");
        var thirtyDays = new List<(int Size, double Ms)>();
        foreach (var size in sizes)
        {
            thirtyDays.Add((size, await RunOnceAsync(size)));
        }

        // The anchor is the smallest history: the same 30-day question asked of more history should cost the same.
        foreach (var (size, ms) in thirtyDays.Skip(1))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"last 30 days at {size} ÷ at {thirtyDays[0].Size} invitations: {ms / thirtyDays[0].Ms:F2}"));
        }
    }

    /// <returns>The median time of the last 30 days.</returns>
    private static async Task<double> RunOnceAsync(int size)
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
            await SeedAsync(app.Services, size);

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var query = new FunnelQuery(today.AddDays(-365), today);
            var first = await TimeAsync(app.Services, query);
            var times = new List<double>();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var run = 0; run < Runs; run++)
            {
                times.Add(await TimeAsync(app.Services, query));
            }

            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Runs / 1024.0 / 1024.0;
            var (sourceMs, bucketMs, rows, messages) = await SplitAsync(app.Services, query);
            var lastThirtyDays = new List<double>();
            for (var run = 0; run < Runs; run++)
            {
                lastThirtyDays.Add(await TimeAsync(app.Services, new FunnelQuery()));
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{rows,11} | {messages,11} | {first,10:F0} | {times.Order().ElementAt(Runs / 2),11:F0} | {sourceMs,17:F0} | {bucketMs,14:F1} | {allocated,14:F1} | {lastThirtyDays.Order().ElementAt(Runs / 2),19:F0}"));
            await app.StopAsync();
            return lastThirtyDays.Order().ElementAt(Runs / 2);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> TimeAsync(IServiceProvider services, FunnelQuery query)
    {
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<InvitationFunnelReport>().GetAsync(query, CancellationToken.None);
        watch.Stop();
        return result.Succeeded ? watch.Elapsed.TotalMilliseconds : throw new InvalidOperationException(result.Failure!.Title);
    }

    /// <summary>The database's share and the in-memory bucketing's share of one request.</summary>
    private static async Task<(double SourceMs, double BucketMs, int Rows, int Messages)> SplitAsync(IServiceProvider services, FunnelQuery query)
    {
        await using var scope = services.CreateAsyncScope();
        var clock = scope.ServiceProvider.GetRequiredService<PatientPortal.Core.Practice.PracticeClock>();
        var range = FunnelRange.Resolve(query.From, query.To, clock.Today).Value!;
        var starts = range.Dates.Append(range.To.AddDays(1)).Select(clock.StartOfDay).ToList();
        var watch = Stopwatch.StartNew();
        var rows = await scope.ServiceProvider.GetRequiredService<IInvitationFunnelSource>().ListAsync(new FunnelFilter(starts[0], starts[^1], null, null), CancellationToken.None);
        var sourceMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        FunnelBuckets.Count(range, starts, rows);
        var bucketMs = watch.Elapsed.TotalMilliseconds;
        var messages = await scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>().OutboxMessages.CountAsync();
        return (sourceMs, bucketMs, rows.Count, messages);
    }

    /// <summary>A bulk run writes the invitations and messages; SQL then spreads them over a year and plays out their fates.</summary>
    internal static async Task SeedAsync(IServiceProvider services, int size)
    {
        var chargebandId = await BulkInviteHarness.SeedAsync(services, size);
        await using (var scope = services.CreateAsyncScope())
        {
            var bulk = scope.ServiceProvider.GetRequiredService<BulkInvitationService>();
            var batch = (await bulk.StartAsync(new PatientSelection(null, new PatientFilter(chargebandId)), "benchmark", CancellationToken.None)).Value!;
            await bulk.RunAsync(batch.Id, CancellationToken.None);
        }

        await using var seed = services.CreateAsyncScope();
        var db = seed.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        // Times are stored as ((ticks / 1000) << 11) | offset minutes (EF's DateTimeOffsetToBinaryConverter): a day is 864,000,000 << 11.
        // The practice invites 10,000 a year whatever the size: more invitations are more years of history, so a range
        // of days holds the same invitations at every size and only the history grows.
        var days = 365 * Math.Max(1, size / 10_000);
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE patientPortalInvitation SET CreatedAt = CreatedAt - ((rowid % {0}) * 864000000 << 11) - ((rowid % 1440) * 600000 << 11);
            UPDATE patientPortalInvitation SET OpenedAt = CreatedAt + (3600000 << 11) WHERE rowid % 2 = 0;
            UPDATE patientPortalInvitation SET CompletedAt = CreatedAt + (7200000 << 11) WHERE rowid % 10 < 3 AND OpenedAt IS NOT NULL;
            UPDATE patientPortalOutboxMessage SET Status = CASE
                WHEN rowid % 20 = 0 THEN 'Failed'
                WHEN Channel = 'Sms' AND rowid % 3 = 0 THEN 'Sent'
                WHEN Channel = 'Sms' THEN 'Delivered'
                ELSE 'Sent' END;
            """.Replace("{0}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
