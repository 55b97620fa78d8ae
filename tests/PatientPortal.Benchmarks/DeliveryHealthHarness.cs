using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging.Health;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Benchmarks;

/// <summary>
/// Times the delivery-health check (the banner's read and the minute's alert check) over the funnel benchmark's year
/// of messages on SQLite, with email down: the latest thousand emails retrying, the rest sent.
/// </summary>
internal static class DeliveryHealthHarness
{
    private const int Runs = 15;

    public static async Task RunAsync(IEnumerable<int> sizes)
    {
        Console.WriteLine($"Delivery health on SQLite, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("outbox rows | retrying | first (ms) | median (ms) | email down");
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
            await FunnelHarness.SeedAsync(app.Services, size);
            var (rows, retrying) = await FailLatestEmailsAsync(app.Services);

            var (first, down) = await TimeAsync(app.Services);
            var times = new List<double>();
            for (var run = 0; run < Runs; run++)
            {
                times.Add((await TimeAsync(app.Services)).Milliseconds);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows,11} | {retrying,8} | {first,10:F1} | {times.Order().ElementAt(Runs / 2),11:F1} | {down}"));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(double Milliseconds, bool EmailDown)> TimeAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var channels = await scope.ServiceProvider.GetRequiredService<DeliveryHealth>().ReportAsync(CancellationToken.None);
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, channels.Single(channel => channel.Channel == Core.Messaging.MessageChannel.Email).IsFailing);
    }

    /// <summary>Sent messages get their SentAt; the latest thousand emails have been failing for an hour and wait to be tried again.</summary>
    private static async Task<(int Rows, int Retrying)> FailLatestEmailsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        // Times are stored as ((ticks / 1000) << 11) | offset minutes (EF's DateTimeOffsetToBinaryConverter): an hour is 36,000,000 << 11.
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE patientPortalOutboxMessage SET SentAt = CreatedAt - (72000000 << 11) WHERE Status IN ('Sent', 'Delivered');
            UPDATE patientPortalOutboxMessage SET Status = 'Pending', SentAt = NULL, LastError = 'Connection refused',
                FailingSince = UpdatedAt - (36000000 << 11), Attempts = 5
            WHERE Id IN (SELECT Id FROM patientPortalOutboxMessage WHERE Channel = 'Email' ORDER BY rowid DESC LIMIT 1000);
            """);
        return (await db.OutboxMessages.CountAsync(), await db.OutboxMessages.CountAsync(message => message.FailingSince != null && message.SentAt == null));
    }
}
