using System.Diagnostics;
using System.Globalization;

namespace PatientPortal.Benchmarks;

/// <summary>What one load round measured: requests per second and latency percentiles.</summary>
internal sealed record LoadFigures(int Requests, double Seconds, double P50Ms, double P99Ms, int Unexpected)
{
    public double PerSecond => Requests / Seconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PerSecond,8:F0} req/s | p50 {P50Ms,6:F1} ms | p99 {P99Ms,7:F1} ms");

    public static LoadFigures Of(List<double> latencies, double seconds, int unexpected)
    {
        latencies.Sort();
        return new LoadFigures(latencies.Count, seconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), unexpected);
    }

    public static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}

/// <summary>
/// A closed-loop load of <c>connections</c> clients, each sending its next request when the last one is answered,
/// for a fixed time (bounded: it stops by itself). Only loopback addresses are ever targeted.
/// </summary>
internal static class HttpLoad
{
    public static HttpClient Client(Uri site, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = site.IsLoopback ? site : throw new ArgumentException("Load is only sent to this machine.", nameof(site)),
        };

    /// <param name="send">Sends one request and says whether its answer was the expected one.</param>
    public static Task<LoadFigures> RunAsync(int connections, TimeSpan duration, Func<Task<bool>> send) =>
        RunAsync(connections, duration, send, out _);

    /// <param name="stop">Ends the load before <paramref name="duration"/>: each client finishes the request it is in.</param>
    public static Task<LoadFigures> RunAsync(int connections, TimeSpan duration, Func<Task<bool>> send, out Action stop)
    {
        var stopped = new CancellationTokenSource(duration);
        stop = stopped.Cancel;
        return RunAsync(connections, send, stopped);
    }

    private static async Task<LoadFigures> RunAsync(int connections, Func<Task<bool>> send, CancellationTokenSource stopped)
    {
        using var _ = stopped;
        var latencies = new List<double>[connections];
        var unexpected = 0;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async connection =>
        {
            var mine = latencies[connection] = [];
            while (!stopped.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await send())
                {
                    Interlocked.Increment(ref unexpected);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        total.Stop();
        return LoadFigures.Of(latencies.SelectMany(list => list).ToList(), total.Elapsed.TotalSeconds, unexpected);
    }
}
