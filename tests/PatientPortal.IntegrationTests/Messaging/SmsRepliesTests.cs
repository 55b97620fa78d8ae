using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>STOP and START texted back to us, through Twilio's signed inbound-message webhook.</summary>
public sealed class SmsRepliesTests(TwilioPortalFactory portal) : IClassFixture<TwilioPortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";
    private const string InboundUrl = "http://localhost/patient-portal/api/sms/inbound";

    [Fact]
    public async Task Stop_OptsOutEveryPatientOnTheNumber_Audited_ShownOnTheProfile_AndNoTextGoes()
    {
        var mobile = UniqueMobile();
        var chargeband = await portal.ChargebandAsync();
        var mother = await portal.AddPatientAsync(chargeband, email: null, mobile: mobile);
        var son = await portal.AddPatientAsync(chargeband, email: null, mobile: mobile, familyName: "Brennan");
        var neighbour = await portal.AddPatientAsync(chargeband, email: null, mobile: UniqueMobile());

        using var response = await PostInboundAsync(Reply(mobile, "  stop \n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<Response></Response>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var patientId in new[] { mother, son })
        {
            var profile = await ProfileAsync(patientId);
            Assert.NotEqual(JsonValueKind.Null, profile.GetProperty("smsOptedOutAt").ValueKind);
            Assert.Equal("Reply", profile.GetProperty("smsOptOutSource").GetString());
            Assert.Equal("STOP", profile.GetProperty("smsOptOutKeyword").GetString());
        }

        Assert.Equal(JsonValueKind.Null, (await ProfileAsync(neighbour)).GetProperty("smsOptedOutAt").ValueKind);
        var audited = await portal.QueryAsync(db => db.AuditLog.AsNoTracking().Where(entry => entry.Action == SmsReplies.OptedOutAction && (entry.SubjectId == mother || entry.SubjectId == son)).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.All(audited, entry => Assert.Equal($"mobile:{mobile}", entry.Actor));
        using var invite = await (await portal.AdminAsync()).PostAsync(new Uri($"{Api}/patients/{mother}/invitations", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, invite.StatusCode);
        Assert.DoesNotContain(portal.Twilio.Requests(), form => form["To"] == mobile);
    }

    [Fact]
    public async Task Start_AfterStop_OptsTheNumberBackIn_Audited_AndTextsGoAgain()
    {
        var mobile = UniqueMobile();
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost().WithBody(b => b?.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal) == true))
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM" + Guid.NewGuid().ToString("N"), status = "queued" }));
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);
        (await PostInboundAsync(Reply(mobile, "QUIT"))).Dispose();

        using var response = await PostInboundAsync(Reply(mobile, "Start"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await ProfileAsync(patientId);
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("smsOptedOutAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("smsOptOutSource").ValueKind);
        Assert.Equal(1, await portal.QueryAsync(db => db.AuditLog.CountAsync(entry => entry.Action == SmsReplies.OptedInAction && entry.SubjectId == patientId)));
        await portal.InviteAsync(patientId);
        await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId)),
            row => row.Status == MessageStatus.Sent,
            "the text to be sent");
        Assert.Single(portal.Twilio.Requests(), form => form["To"] == mobile);
    }

    [Fact]
    public async Task Twilio21610_StillSuppresses_IsAuditedAndShownAsTwiliosRefusal_AndStartUndoesIt()
    {
        var mobile = UniqueMobile();
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost().WithBody(b => b?.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal) == true))
            .RespondWith(Response.Create().WithStatusCode(400).WithBodyAsJson(new { code = 21610, message = "Attempt to send to unsubscribed recipient", status = 400 }));
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);

        await portal.InviteAsync(patientId);

        await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId)),
            row => row.Status == MessageStatus.Suppressed,
            "the text to be suppressed");
        var profile = await ProfileAsync(patientId);
        Assert.Equal("ProviderRefusal", profile.GetProperty("smsOptOutSource").GetString());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("smsOptOutKeyword").ValueKind);
        var audited = await portal.QueryAsync(db => db.AuditLog.AsNoTracking().SingleAsync(entry => entry.Action == SmsReplies.OptedOutAction && entry.SubjectId == patientId));
        Assert.Contains("21610", audited.Details, StringComparison.Ordinal);

        (await PostInboundAsync(Reply(mobile, "UNSTOP"))).Dispose();

        Assert.Equal(JsonValueKind.Null, (await ProfileAsync(patientId)).GetProperty("smsOptedOutAt").ValueKind);
    }

    [Fact]
    public async Task UnsignedTamperedOrMisaddressedReplies_Are403_AndChangeNothing()
    {
        var mobile = UniqueMobile();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);
        var hello = Reply(mobile, "Hello");
        var stop = Reply(mobile, "STOP");

        using var unsigned = await PostInboundAsync(stop, signature: null);
        using var tampered = await PostInboundAsync(stop, TwilioServer.Sign(InboundUrl, hello));
        using var otherUrl = await PostInboundAsync(stop, TwilioServer.Sign("http://localhost/patient-portal/api/sms/status", stop));
        using var unknownKey = await PostInboundAsync(stop, TwilioServer.Sign(InboundUrl, stop, "a secret we never gave"), "key=webhooks_sharedkey_unknown,algorithm=HMAC_SHA256");
        using var sha256WithTheToken = await PostInboundAsync(stop, TwilioServer.Sign(InboundUrl, stop, TwilioServer.AuthToken), $"key={TwilioServer.SigningKeyId},algorithm=HMAC_SHA256");

        Assert.All(new[] { unsigned, tampered, otherUrl, unknownKey, sha256WithTheToken }, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.Equal(JsonValueKind.Null, (await ProfileAsync(patientId)).GetProperty("smsOptedOutAt").ValueKind);
        Assert.Equal(0, await portal.QueryAsync(db => db.AuditLog.CountAsync(entry => entry.SubjectId == patientId && entry.Action.StartsWith("sms."))));
    }

    [Fact]
    public async Task AReplySignedWithHmacSha256ByANamedKey_IsAccepted()
    {
        var mobile = UniqueMobile();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);
        var stop = Reply(mobile, "unsubscribe");

        using var response = await PostInboundAsync(stop, TwilioServer.Sign(InboundUrl, stop, TwilioServer.SigningKeySecret), $"key={TwilioServer.SigningKeyId},algorithm=HMAC_SHA256");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("UNSUBSCRIBE", (await ProfileAsync(patientId)).GetProperty("smsOptOutKeyword").GetString());
    }

    [Fact]
    public async Task AnOrdinaryReply_ChangesNothing()
    {
        var mobile = UniqueMobile();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);

        using var response = await PostInboundAsync(Reply(mobile, "Please stop texting me at night"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await ProfileAsync(patientId)).GetProperty("smsOptedOutAt").ValueKind);
    }

    /// <summary>The fields Twilio posts for an inbound text (the ones that matter here, and a few that do not).</summary>
    private static Dictionary<string, string> Reply(string from, string body) => new()
    {
        ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"),
        ["AccountSid"] = TwilioServer.AccountSid,
        ["From"] = from,
        ["To"] = TwilioServer.From,
        ["Body"] = body,
        ["NumMedia"] = "0",
    };

    private Task<HttpResponseMessage> PostInboundAsync(Dictionary<string, string> form) => PostInboundAsync(form, TwilioServer.Sign(InboundUrl, form));

    private Task<HttpResponseMessage> PostInboundAsync(Dictionary<string, string> form, string? signature, string? signatureSettings = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/patient-portal/api/sms/inbound") { Content = new FormUrlEncodedContent(form) };
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        if (signatureSettings is not null)
        {
            request.Headers.Add("X-Twilio-Webhooks-Signature-Settings", signatureSettings);
        }

        return portal.Browser().SendAsync(request);
    }

    private async Task<JsonElement> ProfileAsync(Guid patientId) => await (await portal.AdminAsync()).GetJsonAsync($"{Api}/patients/{patientId}");

    private static int _next = Random.Shared.Next(100_000, 900_000);

    /// <summary>A valid UK mobile (07400 range) unique to the test run.</summary>
    private static string UniqueMobile() => $"+447400{Interlocked.Increment(ref _next):D6}";
}
