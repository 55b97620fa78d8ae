using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// The built website run as an OS process of its own (<c>dotnet PatientPortal.Website.dll</c>), as a server of a
/// site is in production: its own job server, job store and memory, its settings from environment variables, on a
/// free loopback port and the SQLite file it is given, so several may share one. Its output is kept for the failure
/// message and can be waited on line by line (<see cref="Logs"/>). It can be sent SIGTERM, as an orchestrator stops
/// a server, or SIGKILL; disposing always kills it, and it runs under <see cref="ChildWatchdog"/>, so a test host
/// killed outright takes it along.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private const int SigKill = 9;
    private const int SigTerm = 15;
    // Patience, not a limit: a fresh site migrating its file took over 90 s while the browser suite ran beside it.
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(240);

    private readonly Process _watchdog;
    private readonly Lock _lock = new();
    private readonly StringBuilder _output = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("patient-portal-site-").FullName;
    private int _pid;

    private SiteProcess(string databasePath, IReadOnlyDictionary<string, string?> settings)
    {
        var port = LoopbackPort.Free();
        Address = new Uri($"http://127.0.0.1:{port}/");
        var all = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Urls"] = Address.ToString().TrimEnd('/'),
            ["ConnectionStrings:PatientPortal"] = $"Data Source={databasePath}",
            ["PatientPortal:Practice:PublicBaseUrl"] = Address.ToString(),
            ["PatientPortal:Email:DeliveryMethod"] = "SpecifiedPickupDirectory",
            ["PatientPortal:Email:PickupDirectoryLocation"] = Path.Combine(_folder, "mail-pickup"),
            ["Website:SeedDemoData"] = "false",
            ["PatientPortal:Messaging:SmsQuietHoursStart"] = "00:00",
            ["PatientPortal:Messaging:SmsQuietHoursEnd"] = "00:00",
            // Scheduled and recurring jobs are looked at five times a second, so a sweep set to run every second
            // (Hangfire takes a sixth, seconds, field) does.
            ["PatientPortal:Jobs:SchedulePollingInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var environment = all.Where(setting => setting.Value is not null).ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value!);
        var website = WebsiteAssembly();
        _watchdog = ChildWatchdog.Start(DotnetHost(), [website], environment, Path.GetDirectoryName(website));
        _watchdog.OutputDataReceived += (_, line) => Write(line.Data);
        _watchdog.ErrorDataReceived += (_, line) => Write(line.Data);
        _watchdog.BeginOutputReadLine();
        _watchdog.BeginErrorReadLine();
    }

    /// <summary>Where the site listens, and the public address it gives Twilio for its callbacks.</summary>
    public Uri Address { get; }

    /// <summary>Every line the site has written (its console log), to wait on.</summary>
    public LogSignals Logs { get; } = new();

    /// <summary>Everything the site has written so far, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _watchdog.HasExited;

    /// <summary>
    /// Starts the site and waits until it takes requests (the host's "Application started", written once every
    /// hosted service has started: the schema migrated, the job server running).
    /// </summary>
    public static async Task<SiteProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string?> settings)
    {
        var site = new SiteProcess(databasePath, settings);
        try
        {
            var started = site.Logs.WaitForAsync("Application started");
            var exited = site._watchdog.WaitForExitAsync();
            var first = await Task.WhenAny(started, exited).WaitAsync(StartPatience);
            if (first == exited)
            {
                throw new InvalidOperationException($"The site exited with code {site._watchdog.ExitCode} before it started:\n{site.Output}");
            }

            return site;
        }
        catch (TimeoutException)
        {
            site.Dispose();
            throw new TimeoutException($"The site did not start within {StartPatience.TotalSeconds} s:\n{site.Output}");
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    /// <summary>SIGTERM, as an orchestrator (or systemd, or Ctrl+C's cousin) stops a server: the host stops gracefully.</summary>
    public void Terminate() => Signal(SigTerm);

    /// <summary>SIGKILL: the process ends at once, with no chance to record or hand back anything.</summary>
    public void Kill() => Signal(SigKill);

    /// <summary>Waits for the site to end and answers its exit code (128 + the signal's number when a signal ended it).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        try
        {
            await _watchdog.WaitForExitAsync().WaitAsync(patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The site was still running after {patience.TotalSeconds} s:\n{Output}");
        }

        return _watchdog.ExitCode;
    }

    public void Dispose()
    {
        if (!_watchdog.HasExited)
        {
            if (Volatile.Read(ref _pid) is > 0 and var pid)
            {
                _ = NativeMethods.Kill(pid, SigKill);
            }

            _watchdog.Kill(entireProcessTree: true);
            _watchdog.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _watchdog.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; it is under the temp folder.
        }
    }

    private void Signal(int signal)
    {
        var pid = Volatile.Read(ref _pid);
        Assert.True(pid > 0, $"The site's process id is not known:\n{Output}");
        Assert.True(NativeMethods.Kill(pid, signal) == 0, $"Signal {signal} could not be sent to {pid} (errno {Marshal.GetLastPInvokeError()}).");
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith(ChildWatchdog.PidLine, StringComparison.Ordinal))
        {
            Volatile.Write(ref _pid, int.Parse(line[ChildWatchdog.PidLine.Length..], CultureInfo.InvariantCulture));
        }

        lock (_lock)
        {
            _output.AppendLine(line);
        }

        Logs.Write(line);
    }

    /// <summary>The website the tests were built with: its own build output (with its settings file), else the copy beside the tests.</summary>
    private static string WebsiteAssembly()
    {
        var name = typeof(Program).Assembly.GetName().Name!;
        // The tests run from .../bin/{configuration}/{framework}/; the website was built the same way.
        var build = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var (framework, configuration) = (build.Name, build.Parent?.Name ?? string.Empty);
        for (var folder = build; folder is not null; folder = folder.Parent)
        {
            // The project file here or in a folder just below (the repository root holds website/).
            var project = Directory.EnumerateFiles(folder.FullName, $"{name}.csproj", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 1, IgnoreInaccessible = true }).FirstOrDefault();
            if (project is not null && Path.Combine(Path.GetDirectoryName(project)!, "bin", configuration, framework, $"{name}.dll") is var built && File.Exists(built))
            {
                return built;
            }
        }

        var beside = Path.Combine(AppContext.BaseDirectory, $"{name}.dll");
        return File.Exists(Path.Combine(AppContext.BaseDirectory, $"{name}.runtimeconfig.json"))
            ? beside
            : throw new FileNotFoundException($"The built website ({name}.dll) was found neither in its project's bin/{configuration}/{framework} nor beside the tests; build the solution first.");
    }

    /// <summary>The dotnet host running the tests (set by the SDK), else the one on the PATH.</summary>
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Kill(int pid, int signal);
    }
}
