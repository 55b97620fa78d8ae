using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace PatientPortal.Benchmarks;

/// <summary>
/// Page latency while sign-ins arrive all at once: 4 connections load the sign-in page (GET, no password work) while
/// 50 JSON sign-ins (unknown emails: each spends the full hashing budget) are sent together; the anchor is the same
/// page load for as long with no burst. Rounds alternate. Real Kestrel on loopback, a SQLite file, 210,000 rounds.
/// </summary>
internal static class SignInBurstHarness
{
    private const int PageConnections = 4;

    public static async Task RunAsync(int signIns, int rounds)
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
            using var pages = HttpLoad.Client(BenchmarkSite.Address(app), PageConnections);
            using var burst = HttpLoad.Client(BenchmarkSite.Address(app), signIns);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sign-in page p99 during {signIns} sign-ins at once vs no burst, {PageConnections} page connections, {Environment.ProcessorCount} cores"));

            // Warm-up, not in the figures.
            await BurstAsync(burst, 4, 0);
            await HttpLoad.RunAsync(PageConnections, TimeSpan.FromSeconds(2), () => PageAsync(pages));
            Console.WriteLine("round | no burst (anchor) | during the burst | p99 ÷ anchor p99 | sign-ins: answered / busy (503) in s");
            var ratios = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                var during = HttpLoad.RunAsync(PageConnections, TimeSpan.FromMinutes(2), () => PageAsync(pages), stop: out var stop);
                var (answered, busy, took) = await BurstAsync(burst, signIns, round);
                stop();
                var withBurst = await during;
                var quiet = await HttpLoad.RunAsync(PageConnections, took, () => PageAsync(pages));
                ratios.Add(withBurst.P99Ms / quiet.P99Ms);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round} | {quiet} | {withBurst} | {ratios[^1]:F2} | {answered} / {busy} in {took.TotalSeconds:F1}"));
            }

            Console.WriteLine(Ratios.Summary("page p99 during ÷ without", ratios));
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Answered, int Busy, TimeSpan Took)> BurstAsync(HttpClient http, int count, int round)
    {
        var watch = Stopwatch.StartNew();
        var statuses = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var response = await http.PostAsJsonAsync(
                new Uri("/patient-portal/api/sign-in", UriKind.Relative),
                new { email = string.Create(CultureInfo.InvariantCulture, $"burst-{round}-{i}@example.org"), password = "not the password of anyone here" });
            return response.StatusCode;
        }));
        return (statuses.Count(status => status == HttpStatusCode.BadRequest), statuses.Count(status => status == HttpStatusCode.ServiceUnavailable), watch.Elapsed);
    }

    private static async Task<bool> PageAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/patient-portal/sign-in", UriKind.Relative));
        await response.Content.CopyToAsync(Stream.Null);
        return response.StatusCode == HttpStatusCode.OK;
    }
}
