using System.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging.Sms;
using WireMock.Server;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

/// <summary>The real Twilio client (with its retry pipeline and rate limiter) against a local WireMock server.</summary>
internal sealed class TwilioHarness : IDisposable
{
    public const string AccountSid = "AC11111111111111111111111111111111";
    public const string AuthToken = "test-token";
    public const string From = "+441234567890";
    public const string MessagesPath = $"/2010-04-01/Accounts/{AccountSid}/Messages.json";

    private readonly ServiceProvider _services;

    /// <param name="baseUrl">The Twilio base URL from the local server's address; the server's root by default.</param>
    public TwilioHarness(Dictionary<string, string?>? settings = null, Func<string, string>? baseUrl = null)
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

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddTwilioSms(configuration.GetSection("Twilio"));
        _services = services.BuildServiceProvider();
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
    }
}
