using System.Diagnostics;
using System.Globalization;
using PatientPortal.Core.Messaging;
using Xunit.Abstractions;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// One SQLite file for the site processes of a test (<see cref="SiteProcess"/>), in a folder of its own that goes
/// with it, and the settings they send texts with through one server playing Twilio.
/// </summary>
public sealed class SiteProcessFile(ITestOutputHelper output) : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("patient-portal-processes-").FullName;

    public string DatabasePath => Path.Combine(_folder, "portal.db");

    /// <summary>
    /// Sending through <paramref name="twilio"/> at 5 a second; the sweep takes up at once what another process left
    /// (it runs every second, with no grace), and a lease of 3 s (renewed every second) runs out soon after a process dies.
    /// </summary>
    public static Dictionary<string, string?> Settings(TwilioServer twilio, Dictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(twilio);
        var settings = new Dictionary<string, string?>(twilio.Settings)
        {
            ["PatientPortal:Twilio:MessagesPerSecond"] = "5",
            ["PatientPortal:Jobs:SweepCron"] = "* * * * * *",
            ["PatientPortal:Messaging:SweepGrace"] = "00:00:00",
            ["PatientPortal:Messaging:SendLease"] = "00:00:03",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    public async Task<SiteProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var starting = Stopwatch.StartNew();
        var site = await SiteProcess.StartAsync(DatabasePath, settings);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The site at {site.Address} started in {starting.Elapsed.TotalSeconds:F1} s."));
        return site;
    }

    public Task<Guid[]> QueueTextsAsync(IReadOnlyList<string> mobiles) => OutboxSeed.QueueTextsAsync(DatabasePath, mobiles);

    public Task<Dictionary<Guid, OutboxMessage>> RowsAsync(IReadOnlyCollection<Guid> ids) => OutboxSeed.ReadFileAsync(DatabasePath, ids);

    /// <summary>Waits until every one of the texts is recorded sent; on failure the processes' output goes to the test's.</summary>
    public async Task WaitUntilSentAsync(Guid[] ids, params SiteProcess[] processes)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(processes);
        var sending = Stopwatch.StartNew();
        try
        {
            await Eventually.WaitAsync(
                async () => (await RowsAsync(ids)).Values.Count(row => row.Status == MessageStatus.Sent),
                sent => sent == ids.Length,
                $"{ids.Length} texts sent",
                (int)Patience.TotalSeconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The texts were all sent {sending.Elapsed.TotalSeconds:F1} s after the wait began."));
        }
        catch
        {
            foreach (var process in processes)
            {
                output.WriteLine($"--- the site at {process.Address}:\n{process.Output}");
            }

            throw;
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; it is under the temp folder.
        }
    }
}
