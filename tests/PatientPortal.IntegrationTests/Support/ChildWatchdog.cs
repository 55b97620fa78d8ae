using System.Diagnostics;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// Starts a server the tests need (maildev, a site process) under a few lines of node that end it when our end of
/// their stdin closes, so a test host killed outright takes the server with it.
/// </summary>
public static class ChildWatchdog
{
    /// <summary>Begins the line that carries the process id of a server started by <see cref="Start"/>.</summary>
    public const string PidLine = "watchdog: child pid ";

    /// <summary>When our end of stdin closes (the test host ended, however it ended), so does the watchdog.</summary>
    private const string OnStdinEnd = "process.stdin.on('end', end); process.stdin.on('error', end); process.stdin.resume();";

    /// <summary>A node module run inside the watchdog itself, as if by <c>node module args</c>: one process.</summary>
    private const string ModuleScript =
        "const end = () => process.exit(0);" + OnStdinEnd +
        "const bin = process.argv[1]; process.argv = [process.argv[0], bin, ...process.argv.slice(2)]; require(bin);";

    /// <summary>
    /// Any command as a child of the watchdog, killed (SIGKILL) when stdin closes. The watchdog writes the child's
    /// process id (<see cref="PidLine"/>), passes its output on, and exits as it does: with its exit code, or 128 plus
    /// the number of the signal that ended it.
    /// </summary>
    private const string ChildScript =
        "const { spawn } = require('child_process'); const { signals } = require('os').constants;" +
        "const child = spawn(process.argv[1], process.argv.slice(2), { stdio: ['ignore', 'inherit', 'inherit'] });" +
        $"console.log('{PidLine}' + child.pid);" +
        "const end = () => { child.kill('SIGKILL'); };" + OnStdinEnd +
        "child.on('error', error => { console.error(error.message); process.exit(127); });" +
        "child.on('exit', (code, signal) => process.exit(code ?? 128 + signals[signal]));";

    /// <summary>
    /// The watchdog running <paramref name="command"/> as its child (see <see cref="ChildScript"/>), its output
    /// redirected (read it from the start) and its stdin held open: dispose of the process's stdin, or kill the
    /// watchdog's tree, to end it.
    /// </summary>
    public static Process Start(string command, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null) =>
        Run(ChildScript, [command, .. arguments], environment, workingDirectory);

    /// <summary>The node module at <paramref name="modulePath"/> run inside the watchdog (see <see cref="ModuleScript"/>).</summary>
    public static Process StartNodeModule(string modulePath, IEnumerable<string> arguments) => Run(ModuleScript, [modulePath, .. arguments], null, null);

    private static Process Run(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment, string? workingDirectory)
    {
        var start = new ProcessStartInfo("node", ["-e", script, .. arguments])
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

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {string.Join(' ', arguments)} under the watchdog.");
    }
}
