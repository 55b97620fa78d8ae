using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// A real local HTTP server playing Stripe (WireMock.Net), one per test class: it answers the Checkout Session create
/// with a new session whose hosted page is a tiny page on this server linking back to the success and cancel URLs,
/// and it plays Stripe's side of the webhook: events signed as Stripe's webhook documentation describes
/// (<c>Stripe-Signature: t=…,v1=…</c>, HMAC-SHA256 of "{t}.{payload}" with the endpoint's secret).
/// </summary>
public sealed class StripeServer : IDisposable
{
    public const string SecretKey = "sk_test_patientportal_0123456789abcdef";
    public const string WebhookSecret = "whsec_patientportal_test_0123456789abcdef";
    public const string SessionsPath = "/v1/checkout/sessions";

    private readonly ConcurrentDictionary<string, CheckoutSessionRequest> _sessions = new(StringComparer.Ordinal);

    public StripeServer()
    {
        Server.Given(Request.Create().WithPath(SessionsPath).UsingPost()).RespondWith(Response.Create().WithCallback(CreateSession));
        Server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher("^/pay/cs_test_[0-9a-f]+$")).UsingGet()).RespondWith(Response.Create().WithCallback(HostedPage));
    }

    public WireMockServer Server { get; } = WireMockServer.Start();

    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Stripe:Enabled"] = "true",
        ["PatientPortal:Stripe:SecretKey"] = SecretKey,
        ["PatientPortal:Stripe:WebhookSigningSecret"] = WebhookSecret,
        ["PatientPortal:Stripe:Currency"] = "GBP",
        ["PatientPortal:Stripe:BaseUrl"] = Server.Url + "/",
        ["PatientPortal:Stripe:CheckoutOrigin"] = Server.Url + "/",
        ["PatientPortal:Stripe:MaxNetworkRetries"] = "0",
    };

    /// <summary>Every Checkout Session created, oldest first.</summary>
    public IReadOnlyList<CheckoutSessionRequest> Sessions => _sessions.Values.OrderBy(session => session.CreatedAt).ToList();

    /// <summary>The <c>Stripe-Signature</c> header Stripe would send with <paramref name="payload"/> at <paramref name="at"/>.</summary>
    public static string Sign(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(signature)}";
    }

    /// <summary>A <c>checkout.session.completed</c> event (or another type) for a session, as Stripe renders it.</summary>
    public static string Event(string sessionId, Guid? appointmentId, long amountTotal, string currency = "gbp", string paymentStatus = "paid", string type = "checkout.session.completed") =>
        JsonSerializer.Serialize(new
        {
            id = "evt_" + Guid.NewGuid().ToString("N"),
            @object = "event",
            api_version = "2025-01-27.acacia",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            livemode = false,
            pending_webhooks = 1,
            type,
            data = new
            {
                @object = new
                {
                    id = sessionId,
                    @object = "checkout.session",
                    mode = "payment",
                    status = "complete",
                    payment_status = paymentStatus,
                    amount_total = amountTotal,
                    currency,
                    client_reference_id = appointmentId?.ToString(),
                    metadata = appointmentId is { } id ? new Dictionary<string, string> { ["appointment_id"] = id.ToString() } : new Dictionary<string, string>(),
                },
            },
        });

    public static string NewSessionId() => "cs_test_" + Guid.NewGuid().ToString("N");

    public void Dispose() => Server.Stop();

    private ResponseMessage CreateSession(IRequestMessage request)
    {
        var form = System.Web.HttpUtility.ParseQueryString(request.Body ?? string.Empty);
        var fields = form.AllKeys.OfType<string>().ToDictionary(key => key, key => form[key]!, StringComparer.Ordinal);
        var id = NewSessionId();
        _sessions[id] = new CheckoutSessionRequest(id, fields, request.Headers is { } headers && headers.TryGetValue("Authorization", out var authorization) ? authorization.FirstOrDefault() : null, DateTimeOffset.UtcNow);
        return Json(HttpStatusCode.OK, new
        {
            id,
            @object = "checkout.session",
            mode = "payment",
            status = "open",
            payment_status = "unpaid",
            url = $"{Server.Url}/pay/{id}",
            client_reference_id = fields.GetValueOrDefault("client_reference_id"),
            success_url = fields.GetValueOrDefault("success_url"),
            cancel_url = fields.GetValueOrDefault("cancel_url"),
        });
    }

    private ResponseMessage HostedPage(IRequestMessage request)
    {
        var session = _sessions[request.Path["/pay/".Length..]];
        var html = $"""
            <!doctype html><html lang="en"><head><title>Test payment page</title></head>
            <body><main><h1>Test payment page</h1><p>{WebUtility.HtmlEncode(session.Fields.GetValueOrDefault("line_items[0][price_data][product_data][name]"))}</p>
            <p><a id="pay" href="{WebUtility.HtmlEncode(session.SuccessUrl)}">Pay (test card)</a></p>
            <p><a id="cancel" href="{WebUtility.HtmlEncode(session.CancelUrl)}">Cancel</a></p></main></body></html>
            """;
        var response = new ResponseMessage { StatusCode = 200, BodyData = new BodyData { BodyAsString = html, DetectedBodyType = BodyType.String } };
        response.AddHeader("Content-Type", "text/html; charset=utf-8");
        return response;
    }

    private static ResponseMessage Json(HttpStatusCode status, object body)
    {
        var response = new ResponseMessage { StatusCode = (int)status, BodyData = new BodyData { BodyAsString = JsonSerializer.Serialize(body), DetectedBodyType = BodyType.String } };
        response.AddHeader("Content-Type", "application/json");
        response.AddHeader("Request-Id", "req_" + Guid.NewGuid().ToString("N"));
        return response;
    }
}

/// <summary>A Checkout Session create as it reached the server: its form fields (Stripe's bracketed names) and the key it carried.</summary>
public sealed record CheckoutSessionRequest(string Id, IReadOnlyDictionary<string, string> Fields, string? Authorization, DateTimeOffset CreatedAt)
{
    public string SuccessUrl => Fields["success_url"];

    public string CancelUrl => Fields["cancel_url"];
}

/// <summary>
/// The site with Stripe Checkout pointed at a <see cref="StripeServer"/>, and the least password hashing the options
/// allow (its tests sign in often and test nothing about hashing).
/// </summary>
public sealed class StripePortalFactory : PortalFactory
{
    public StripeServer Stripe { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = Stripe.Settings;
            settings["PatientPortal:Passwords:HashIterations"] = "100000";
            settings["PatientPortal:Passwords:SignInHashBudget"] = "1";
            return settings;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Stripe.Dispose();
    }
}
