using System.Diagnostics;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// Starts a server the tests need (maildev, a site process) under a few lines of node that kill it when our end of
/// their stdin closes, so a test host killed outright takes the server with it. The watchdog writes the server's
/// process id on a line of its own (<see cref="PidLine"/>) before the server's output, which it passes on, and
/// exits as the server does: with its exit code, or 128 plus the number of the signal that ended it.
/// </summary>
public static class ChildWatchdog
{
    /// <summary>Begins the line that carries the server's process id.</summary>
    public const string PidLine = "watchdog: child pid ";

    private const string Script =
        "const { spawn } = require('child_process'); const { signals } = require('os').constants;" +
        "const child = spawn(process.argv[1], process.argv.slice(2), { stdio: ['ignore', 'inherit', 'inherit'] });" +
        $"console.log('{PidLine}' + child.pid);" +
        "const end = () => { child.kill('SIGKILL'); };" +
        "process.stdin.on('end', end); process.stdin.on('error', end); process.stdin.resume();" +
        "child.on('error', error => { console.error(error.message); process.exit(127); });" +
        "child.on('exit', (code, signal) => process.exit(code ?? 128 + signals[signal]));";

    /// <summary>
    /// The watchdog running <paramref name="command"/>, its output redirected (read it from the start) and its stdin
    /// held open: dispose of the process's stdin, or kill the watchdog's tree, to end it.
    /// </summary>
    public static Process Start(string command, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("node", ["-e", Script, command, .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command} under the watchdog.");
    }
}
