using WireMock.Server;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>A real local HTTP server playing Twilio's Messages API (WireMock.Net), one per test class.</summary>
public sealed class TwilioServer : IDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string From = "+441234567890";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public static string MessagesPath => $"/2010-04-01/Accounts/{AccountSid}/Messages.json";

    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Twilio:Enabled"] = "true",
        ["PatientPortal:Twilio:BaseUrl"] = Server.Url + "/",
        ["PatientPortal:Twilio:AccountSid"] = AccountSid,
        ["PatientPortal:Twilio:AuthToken"] = AuthToken,
        ["PatientPortal:Twilio:From"] = From,
        ["PatientPortal:Twilio:MessagesPerSecond"] = "50",
        ["PatientPortal:Twilio:RetryBaseDelay"] = "00:00:00.050",
    };

    /// <summary>The form fields of every message request that reached the server, oldest first.</summary>
    public IReadOnlyList<IDictionary<string, string>> Requests() =>
        Server.LogEntries
            .Where(entry => entry.RequestMessage.Path == MessagesPath)
            .OrderBy(entry => entry.RequestMessage.DateTime)
            .Select(entry =>
            {
                var form = System.Web.HttpUtility.ParseQueryString(entry.RequestMessage.Body ?? string.Empty);
                return (IDictionary<string, string>)form.AllKeys.OfType<string>().ToDictionary(key => key, key => form[key]!);
            })
            .ToList();

    public void Dispose() => Server.Stop();
}
