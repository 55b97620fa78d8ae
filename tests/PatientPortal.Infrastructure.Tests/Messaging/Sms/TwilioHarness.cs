using System.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;
using WireMock.Server;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

/// <summary>
/// The real Twilio client (with its retry pipeline and the per-sender slot in a SQLite file of its own) against a
/// local WireMock server, wired as the host wires the infrastructure.
/// </summary>
internal sealed class TwilioHarness : IDisposable
{
    public const string AccountSid = "AC11111111111111111111111111111111";
    public const string AuthToken = "test-token";
    public const string From = "+441234567890";
    public const string MessagesPath = $"/2010-04-01/Accounts/{AccountSid}/Messages.json";

    private readonly TempDirectory _directory = new();
    private readonly ServiceProvider _services;

    /// <param name="settings">Twilio settings by their key under <c>PatientPortal</c> (<c>Twilio:From</c>).</param>
    /// <param name="baseUrl">The Twilio base URL from the local server's address; the server's root by default.</param>
    /// <param name="clock">The site's clock (the sender's slot, the retry delays and the timeout run on it); the system's by default.</param>
    public TwilioHarness(Dictionary<string, string?>? settings = null, Func<string, string>? baseUrl = null, TimeProvider? clock = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Twilio:Enabled"] = "true",
            ["Twilio:BaseUrl"] = baseUrl?.Invoke(Server.Url!) ?? Server.Url + "/",
            ["Twilio:AccountSid"] = AccountSid,
            ["Twilio:AuthToken"] = AuthToken,
            ["Twilio:From"] = From,
            ["Twilio:MessagesPerSecond"] = "100",
            ["Twilio:RetryBaseDelay"] = "00:00:00.010",
            ["Twilio:RequestTimeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _services = InfrastructureServices.Build(_directory, all.ToDictionary(setting => "PatientPortal:" + setting.Key, setting => setting.Value), services =>
        {
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>().Database.Migrate();
    }

    public WireMockServer Server { get; } = WireMockServer.Start();

    public ISmsSender Sender => _services.GetRequiredService<ISmsSender>();

    public IServiceProvider Services => _services;

    public IReadOnlyList<WireMock.Logging.ILogEntry> Requests => Server.LogEntries.Where(entry => entry.RequestMessage.Path == MessagesPath).OrderBy(entry => entry.RequestMessage.DateTime).ToList();

    public static Dictionary<string, string> Form(WireMock.Logging.ILogEntry entry)
    {
        var form = HttpUtility.ParseQueryString(entry.RequestMessage.Body ?? string.Empty);
        return form.AllKeys.OfType<string>().ToDictionary(key => key, key => form[key]!);
    }

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
        _directory.Dispose();
    }
}
