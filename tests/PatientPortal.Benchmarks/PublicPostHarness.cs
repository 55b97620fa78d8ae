using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Chargebands;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Benchmarks;

/// <summary>
/// A public POST (the JSON invite-code check, with a right code: rate-limit counters, the code's lookup) against the
/// GET of the sign-up page on the same instance, 16 connections from one address, real Kestrel on loopback and a
/// SQLite file. The GET is the anchor: it does the same request work without the counters. Rounds alternate so both
/// see the same machine; the limits are raised so every POST is counted and none is refused.
/// </summary>
internal static class PublicPostHarness
{
    private const string Code = "Bench-Q7K4-Strong";

    public static async Task RunAsync(int connections, int rounds, TimeSpan round)
    {
        var folder = Directory.CreateTempSubdirectory("patient-portal-bench-").FullName;
        try
        {
            await using var app = BenchmarkSite.Build(folder, new Dictionary<string, string?>
            {
                ["PatientPortal:Jobs:RunServer"] = "false",
                ["PatientPortal:RateLimiting:PermitsPerMinute"] = "100000",
                ["PatientPortal:RateLimiting:PermitsPerHour"] = "1000000",
            });
            await app.StartAsync();
            await SeedAsync(app.Services);
            using var http = HttpLoad.Client(BenchmarkSite.Address(app), connections);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Public POST vs GET on one instance, {connections} connections, {round.TotalSeconds:F0} s rounds, {Environment.ProcessorCount} cores, SQLite file"));

            // Warm-up, not in the figures: JIT, pooled connections, the counters' rows.
            await HttpLoad.RunAsync(connections, TimeSpan.FromSeconds(2), () => GetAsync(http));
            await HttpLoad.RunAsync(connections, TimeSpan.FromSeconds(2), () => PostAsync(http));
            Console.WriteLine("round | GET sign-up page (anchor) | POST invite-code | POST ÷ GET (req/s) | unexpected answers");
            var ratios = new List<double>();
            for (var number = 1; number <= rounds; number++)
            {
                var get = await HttpLoad.RunAsync(connections, round, () => GetAsync(http));
                var post = await HttpLoad.RunAsync(connections, round, () => PostAsync(http));
                ratios.Add(post.PerSecond / get.PerSecond);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{number} | {get} | {post} | {ratios[^1]:F2} | {get.Unexpected + post.Unexpected}"));
            }

            Console.WriteLine(Ratios.Summary("POST ÷ GET", ratios));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }


    internal static async Task<bool> GetAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/patient-portal/sign-up", UriKind.Relative));
        await response.Content.CopyToAsync(Stream.Null);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<bool> PostAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/patient-portal/api/sign-up/invite-code", UriKind.Relative), new { inviteCode = Code });
        await response.Content.CopyToAsync(Stream.Null);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var chargeband = Chargeband.Create("Benchmark", [], now).Value!;
        chargeband.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, now);
        _ = chargeband.ConfigureOnlineSettings(new OnlineSettings(Code, AllowOnlineMessaging: true), now).Value
            ?? throw new InvalidOperationException("The benchmark's invite code was refused.");
        db.Chargebands.Add(chargeband);
        await db.SaveChangesAsync();
    }
}
