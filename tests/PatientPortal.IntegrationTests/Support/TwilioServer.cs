using System.Security.Cryptography;
using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// A real local HTTP server playing Twilio's Messages API (WireMock.Net), one per test class, and Twilio's side
/// of the webhooks: signatures made as Twilio's webhook-security documentation describes them.
/// </summary>
public sealed class TwilioServer : IDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string From = "+441234567890";

    /// <summary>A webhook signing key the site holds (HMAC-SHA256 webhooks name it).</summary>
    public const string SigningKeyId = "webhooks_sharedkey_test0001";
    public const string SigningKeySecret = "test-signing-key-secret-0123456789";

    public TwilioServer() => ListNothing();

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
        [$"PatientPortal:Twilio:WebhookSigningKeys:{SigningKeyId}"] = SigningKeySecret,
    };

    /// <summary>
    /// <c>X-Twilio-Signature</c> for a form posted to <paramref name="url"/>: Base64 of the HMAC over the URL and each
    /// field's name and value sorted by name; SHA-1 with the auth token, or SHA-256 with <paramref name="sha256Secret"/>.
    /// </summary>
    public static string Sign(string url, IReadOnlyDictionary<string, string> form, string? sha256Secret = null)
    {
        var data = new StringBuilder(url);
        foreach (var name in form.Keys.Order(StringComparer.Ordinal))
        {
            data.Append(name).Append(form[name]);
        }

        var bytes = Encoding.UTF8.GetBytes(data.ToString());
#pragma warning disable CA5350 // Twilio's legacy webhook signature is HMAC-SHA1.
        return Convert.ToBase64String(sha256Secret is null
            ? HMACSHA1.HashData(Encoding.UTF8.GetBytes(AuthToken), bytes)
            : HMACSHA256.HashData(Encoding.UTF8.GetBytes(sha256Secret), bytes));
#pragma warning restore CA5350
    }

    /// <summary>
    /// Forgets every answer the test gave; the list of messages (which the site reads before sending again a text
    /// whose outcome was unknown) stays, empty.
    /// </summary>
    public void ResetAnswers()
    {
        Server.Reset();
        ListNothing();
    }

    /// <summary>The form fields of every message created (POST) that reached the server, oldest first.</summary>
    public IReadOnlyList<IDictionary<string, string>> Requests() =>
        Server.LogEntries
            .Where(entry => entry.RequestMessage.Path == MessagesPath && entry.RequestMessage.Method == "POST")
            .OrderBy(entry => entry.RequestMessage.DateTime)
            .Select(entry =>
            {
                var form = System.Web.HttpUtility.ParseQueryString(entry.RequestMessage.Body ?? string.Empty);
                return (IDictionary<string, string>)form.AllKeys.OfType<string>().ToDictionary(key => key, key => form[key]!);
            })
            .ToList();

    public void Dispose() => Server.Stop();

    /// <summary>Twilio's list of messages, with none on it, below whatever a test answers.</summary>
    private void ListNothing() =>
        Server.Given(Request.Create().WithPath(MessagesPath).UsingGet()).AtPriority(1000)
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { messages = Array.Empty<object>(), uri = MessagesPath, page_size = 50, next_page_uri = (string?)null }));
}
