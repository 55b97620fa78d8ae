using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>The site sending texts to a local server playing Twilio; invitations go by SMS only.</summary>
public sealed class TwilioPortalFactory : PortalFactory
{
    public TwilioServer Twilio { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = Twilio.Settings;
            settings["PatientPortal:Invitations:Channels:0"] = "Sms";
            // No test here makes Twilio hang: on a loaded machine a slow local answer is not taken for a timeout
            // (that would rightly make the text's outcome unknown and cost an attempt the test does not expect).
            settings["PatientPortal:Twilio:RequestTimeout"] = "00:01:00";
            return settings;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Twilio.Dispose();
    }
}

public sealed class SmsSendingTests(TwilioPortalFactory portal) : IClassFixture<TwilioPortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";

    [Fact]
    public async Task Invitation_BySms_PostsTheExactTwilioRequest_AndRecordsTheSid()
    {
        var mobile = UniqueMobile();
        AnswerFor(mobile, Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM" + Guid.NewGuid().ToString("N"), status = "queued" }));
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);

        await portal.InviteAsync(patientId);

        var row = await WaitForStatusAsync(patientId, MessageStatus.Sent);
        var request = Assert.Single(portal.Twilio.Requests(), form => form["To"] == mobile);
        Assert.Equal(TwilioServer.From, request["From"]);
        Assert.Contains("/patient-portal/invitation?token=", request["Body"], StringComparison.Ordinal);
        Assert.DoesNotContain(OutboxMessage.LinkTokenPlaceholder, request["Body"], StringComparison.Ordinal);
        Assert.Equal("http://localhost/patient-portal/api/sms/status", request["StatusCallback"]);
        Assert.StartsWith("SM", row.ProviderMessageId, StringComparison.Ordinal);
        var entry = portal.Twilio.Server.LogEntries.Last(e => e.RequestMessage.Body?.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal) == true);
        Assert.Equal("POST", entry.RequestMessage.Method);
        Assert.Equal($"Basic {Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{TwilioServer.AccountSid}:{TwilioServer.AuthToken}"))}", entry.RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task APasswordResetText_MayWaitAtTwilioNoLongerThanItsFifteenMinuteLink_AnInvitationTextHasNoSuchLimit()
    {
        var (resetMobile, inviteMobile) = (UniqueMobile(), UniqueMobile());
        AnswerFor(resetMobile, Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM" + Guid.NewGuid().ToString("N") }));
        AnswerFor(inviteMobile, Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM" + Guid.NewGuid().ToString("N") }));
        var chargeband = await portal.ChargebandAsync();
        var withAccount = await portal.AddPatientAsync(chargeband, email: null, mobile: resetMobile, password: "a long enough demo password for tests");
        var withoutAccount = await portal.AddPatientAsync(chargeband, email: null, mobile: inviteMobile);

        await portal.InviteAsync(withAccount);
        await portal.InviteAsync(withoutAccount);

        await WaitForStatusAsync(withAccount, MessageStatus.Sent);
        await WaitForStatusAsync(withoutAccount, MessageStatus.Sent);
        var reset = Assert.Single(portal.Twilio.Requests(), form => form["To"] == resetMobile);
        Assert.InRange(int.Parse(reset["ValidityPeriod"], System.Globalization.CultureInfo.InvariantCulture), 15 * 60 - 60, 15 * 60);
        Assert.False(Assert.Single(portal.Twilio.Requests(), form => form["To"] == inviteMobile).ContainsKey("ValidityPeriod"));
    }

    [Fact]
    public async Task Twilio500ThenCreated_IsRetried_AndSentOnce()
    {
        var mobile = UniqueMobile();
        var scenario = "flaky-" + mobile;
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost().WithBody(b => b?.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal) == true))
            .InScenario(scenario).WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(500).WithBodyAsJson(new { code = 20500, message = "Internal Server Error", status = 500 }));
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost().WithBody(b => b?.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal) == true))
            .InScenario(scenario).WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMrecovered" + mobile[^4..], status = "queued" }));
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);

        await portal.InviteAsync(patientId);

        var row = await WaitForStatusAsync(patientId, MessageStatus.Sent);
        Assert.Equal("SMrecovered" + mobile[^4..], row.ProviderMessageId);
        Assert.Equal(2, portal.Twilio.Requests().Count(form => form["To"] == mobile));
    }

    [Fact]
    public async Task Twilio429ThenCreated_IsRetriedWithinTheAttempt_AndSentOnce()
    {
        var mobile = UniqueMobile();
        var scenario = "busy-" + mobile;
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost().WithBody(b => b?.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal) == true))
            .InScenario(scenario).WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(429).WithBodyAsJson(new { code = 20429, message = "Too Many Requests", status = 429 }));
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost().WithBody(b => b?.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal) == true))
            .InScenario(scenario).WhenStateIs("free")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMafter429" + mobile[^4..], status = "queued" }));
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);

        await portal.InviteAsync(patientId);

        var row = await WaitForStatusAsync(patientId, MessageStatus.Sent);
        Assert.True(row.Attempts == 1, $"Sent after {row.Attempts} attempts; the last error: {row.LastError}");
        Assert.Equal("SMafter429" + mobile[^4..], row.ProviderMessageId);
        Assert.Null(row.OutcomeUnknownSince);
        Assert.Equal(2, portal.Twilio.Requests().Count(form => form["To"] == mobile));
    }

    [Fact]
    public async Task Twilio21610_SuppressesTheMessage_AndTheNumberGetsNoMoreTexts()
    {
        var mobile = UniqueMobile();
        AnswerFor(mobile, Response.Create().WithStatusCode(400).WithBodyAsJson(new { code = 21610, message = "Attempt to send to unsubscribed recipient", status = 400 }));
        var chargeband = await portal.ChargebandAsync();
        var patientId = await portal.AddPatientAsync(chargeband, email: null, mobile: mobile);

        await portal.InviteAsync(patientId);

        var row = await WaitForStatusAsync(patientId, MessageStatus.Suppressed);
        Assert.Contains("opted out", row.SuppressionReason, StringComparison.Ordinal);
        Assert.Single(portal.Twilio.Requests(), form => form["To"] == mobile);
        var profile = await (await portal.AdminAsync()).GetJsonAsync($"{Api}/patients/{patientId}");
        Assert.NotEqual(JsonValueKind.Null, profile.GetProperty("smsOptedOutAt").ValueKind);

        using var again = await (await portal.AdminAsync()).PostAsync(new Uri($"{Api}/patients/{patientId}/invitations", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("opted out", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(portal.Twilio.Requests(), form => form["To"] == mobile);
    }

    [Fact]
    public async Task StatusCallback_WithAValidSignature_MarksTheMessageDelivered()
    {
        var (patientId, sid) = await SentSmsAsync();
        var form = new Dictionary<string, string> { ["MessageSid"] = sid, ["MessageStatus"] = "delivered", ["AccountSid"] = TwilioServer.AccountSid };

        using var response = await PostCallbackAsync(form, Sign(form));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var row = await portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId));
        Assert.Equal(MessageStatus.Delivered, row.Status);
    }

    [Fact]
    public async Task StatusCallback_WithABadSignature_Is403_AndChangesNothing()
    {
        var (patientId, sid) = await SentSmsAsync();
        var form = new Dictionary<string, string> { ["MessageSid"] = sid, ["MessageStatus"] = "failed", ["ErrorCode"] = "30003" };
        var signature = Sign(form);
        form["MessageStatus"] = "delivered"; // tampered after signing

        using var tampered = await PostCallbackAsync(form, signature);
        using var unsigned = await PostCallbackAsync(form, null);

        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        var row = await portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId));
        Assert.Equal(MessageStatus.Sent, row.Status);
    }

    [Fact]
    public async Task StatusCallback_ReportingFailure_MarksTheMessageFailed_AndALaterSentReportDoesNotUndoIt()
    {
        var (patientId, sid) = await SentSmsAsync();
        var failed = new Dictionary<string, string> { ["MessageSid"] = sid, ["MessageStatus"] = "undelivered", ["ErrorCode"] = "30003" };
        var late = new Dictionary<string, string> { ["MessageSid"] = sid, ["MessageStatus"] = "sent" };

        (await PostCallbackAsync(failed, Sign(failed))).Dispose();
        (await PostCallbackAsync(late, Sign(late))).Dispose();

        var row = await portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId));
        Assert.Equal(MessageStatus.Failed, row.Status);
        Assert.Contains("30003", row.LastError, StringComparison.Ordinal);
    }

    private async Task<(Guid PatientId, string Sid)> SentSmsAsync()
    {
        var mobile = UniqueMobile();
        var sid = "SM" + Guid.NewGuid().ToString("N");
        AnswerFor(mobile, Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid, status = "queued" }));
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);
        await portal.InviteAsync(patientId);
        await WaitForStatusAsync(patientId, MessageStatus.Sent);
        return (patientId, sid);
    }

    private Task<HttpResponseMessage> PostCallbackAsync(Dictionary<string, string> form, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/patient-portal/api/sms/status") { Content = new FormUrlEncodedContent(form) };
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        return portal.Browser().SendAsync(request);
    }

    private static string Sign(Dictionary<string, string> form) =>
        TwilioServer.Sign("http://localhost/patient-portal/api/sms/status", form);


    private Task<OutboxMessage> WaitForStatusAsync(Guid patientId, MessageStatus status) =>
        Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId)),
            row => row.Status == status,
            $"the text to be {status}");

    private void AnswerFor(string mobile, IResponseBuilder response) =>
        portal.Twilio.Server
            .Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost().WithBody(b => b?.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal) == true))
            .RespondWith(response);

    private static int _next = Random.Shared.Next(100_000, 900_000);

    /// <summary>A valid UK mobile (07400 range) unique to the test run.</summary>
    private static string UniqueMobile() => $"+447400{Interlocked.Increment(ref _next):D6}";
}
