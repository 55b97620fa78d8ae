using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// A real SMTP server for the tests: maildev from npm (installed by ./test.sh into tests/node_modules),
/// started once for the test run on free loopback ports. Messages are read back through its REST API.
/// </summary>
public sealed class MaildevServer : IDisposable
{
    private static readonly Lazy<MaildevServer> Shared = new(() => new MaildevServer());
    private readonly Process _process;
    private readonly HttpClient _api;

    private MaildevServer()
    {
        SmtpPort = LoopbackPort.Free();
        var webPort = LoopbackPort.Free();
        // maildev runs inside the watchdog, so a test host killed outright takes maildev with it; ./test.sh also ends
        // any left over from this checkout.
        _process = ChildWatchdog.StartNodeModule(FindMaildev(), ["--smtp", SmtpPort.ToString(CultureInfo.InvariantCulture), "--web", webPort.ToString(CultureInfo.InvariantCulture), "--ip", "127.0.0.1", "--web-ip", "127.0.0.1"]);
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}/api/") };
        WaitUntilReady();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public static MaildevServer Instance => Shared.Value;

    public int SmtpPort { get; }

    public async Task<IReadOnlyList<ReceivedEmail>> EmailsToAsync(string recipient)
    {
        var all = await _api.GetFromJsonAsync<List<ReceivedEmail>>("email") ?? [];
        return all.Where(email => email.To.Any(to => string.Equals(to.Address, recipient, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>Waits for the given number of emails to one recipient (mail is sent after the response in some flows).</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForEmailsAsync(string recipient, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var emails = await EmailsToAsync(recipient);
            if (emails.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.True(emails.Count >= count, $"Expected {count} email(s) to {recipient}, found {emails.Count}.");
                return emails;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Waits until more emails to the recipient match than the <paramref name="earlier"/> that did, and answers the
    /// newest. Counting every email is not enough for an address other test classes write to at the same time (the
    /// demo patients get the demo's payment and recall emails whenever a demo site starts).
    /// </summary>
    public async Task<ReceivedEmail> WaitForNewEmailAsync(string recipient, Func<ReceivedEmail, bool> match, int earlier)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var matching = (await EmailsToAsync(recipient)).Where(match).ToList();
            if (matching.Count > earlier)
            {
                return matching[^1];
            }

            Assert.True(DateTime.UtcNow < deadline, $"Expected a new matching email to {recipient}; {matching.Count} matching, as before.");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        _api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void WaitUntilReady()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"maildev exited with code {_process.ExitCode}. Run ./test.sh, which installs it.");
            }

            try
            {
                using var response = _api.GetAsync("healthz").GetAwaiter().GetResult();
                using var smtp = new TcpClient();
                smtp.Connect(IPAddress.Loopback, SmtpPort);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or SocketException)
            {
            }

            Thread.Sleep(200);
        }

        throw new TimeoutException("maildev did not start within 30 seconds.");
    }

    private static string FindMaildev()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "node_modules", "maildev", "dist", "bin", "maildev.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("maildev is not installed. Run ./test.sh from the repository root (it runs 'npm ci' in tests/).");
    }
}

public sealed record ReceivedAddress([property: JsonPropertyName("address")] string Address);

public sealed record ReceivedEmail(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("to")] IReadOnlyList<ReceivedAddress> To,
    [property: JsonPropertyName("html")] string? Html,
    [property: JsonPropertyName("text")] string? Text);
