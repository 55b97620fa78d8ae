using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging.Sms;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

public sealed class TwilioSmsSenderTests : IDisposable
{
    private static readonly SmsMessage Message = new("+447400123456", "Your invitation: https://clinic.example/patient-portal/invitation?token=abc", new Uri("https://clinic.example/patient-portal/api/sms/status"));
    private readonly TwilioHarness _twilio = new();

    [Fact]
    public async Task Send_PostsTheFormWithBasicAuth_ToTheAccountsMessagesEndpoint()
    {
        Answer(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM123", status = "queued" }));

        var result = await _twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(new SmsSendResult(SmsSendOutcome.Accepted, "SM123"), result);
        var request = Assert.Single(_twilio.Requests).RequestMessage;
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("application/x-www-form-urlencoded", request.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TwilioHarness.AccountSid}:{TwilioHarness.AuthToken}")), request.Headers["Authorization"].Single());
        var form = TwilioHarness.Form(Assert.Single(_twilio.Requests));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["To"] = "+447400123456",
                ["From"] = TwilioHarness.From,
                ["Body"] = Message.Body,
                ["StatusCallback"] = "https://clinic.example/patient-portal/api/sms/status",
            },
            form);
    }

    [Fact]
    public async Task Send_WithAMessagingService_SendsItsSidInsteadOfFrom()
    {
        using var twilio = new TwilioHarness(new() { ["Twilio:From"] = null, ["Twilio:MessagingServiceSid"] = "MG999" });
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM1" }));

        await twilio.Sender.SendAsync(Message with { StatusCallback = null }, CancellationToken.None);

        var form = TwilioHarness.Form(Assert.Single(twilio.Requests));
        Assert.Equal("MG999", form["MessagingServiceSid"]);
        Assert.False(form.ContainsKey("From"));
        Assert.False(form.ContainsKey("StatusCallback"));
    }

    [Fact]
    public async Task Send_After500_IsAnUnknownOutcome_AndIsNotPostedAgain()
    {
        // Twilio may have created the text before its 500: a second POST could deliver it twice.
        _twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).InScenario("flaky").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(500).WithBodyAsJson(new { code = 20500, message = "Internal Server Error" }));
        _twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).InScenario("flaky").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM500then201" }));

        var result = await _twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsSendOutcome.OutcomeUnknown, result.Outcome);
        Assert.Equal("20500", result.ErrorCode);
        Assert.Single(_twilio.Requests);
    }

    [Fact]
    public async Task Send_After429WithRetryAfter_WaitsAndIsAccepted()
    {
        _twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).InScenario("busy").WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBodyAsJson(new { code = 20429, message = "Too Many Requests" }));
        _twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).InScenario("busy").WhenStateIs("free")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMafter429" }));

        var result = await _twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal("SMafter429", result.ProviderMessageId);
        var requests = _twilio.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].RequestMessage.DateTime - requests[0].RequestMessage.DateTime >= TimeSpan.FromMilliseconds(900), "Retry-After was not honoured.");
    }

    [Fact]
    public async Task Send_ToAnOptedOutNumber_IsOptedOut_WithoutRetrying()
    {
        Answer(Response.Create().WithStatusCode(400).WithBodyAsJson(new { code = 21610, message = "Attempt to send to unsubscribed recipient", status = 400 }));

        var result = await _twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsSendOutcome.OptedOut, result.Outcome);
        Assert.Equal("21610", result.ErrorCode);
        Assert.Single(_twilio.Requests);
    }

    [Fact]
    public async Task Send_ToAnInvalidNumber_IsRejected_WithoutRetrying()
    {
        Answer(Response.Create().WithStatusCode(400).WithBodyAsJson(new { code = 21211, message = "Invalid 'To' Phone Number", status = 400 }));

        var result = await _twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsSendOutcome.Rejected, result.Outcome);
        Assert.Equal("21211", result.ErrorCode);
        Assert.Contains("Invalid 'To'", result.Error, StringComparison.Ordinal);
        Assert.Single(_twilio.Requests);
    }

    [Fact]
    public async Task Send_When429Persists_IsATransientFailure_AfterOnePlusMaxRetriesRequests()
    {
        Answer(Response.Create().WithStatusCode(429).WithBodyAsJson(new { code = 20429, message = "Too Many Requests" }));

        var result = await _twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsSendOutcome.TransientFailure, result.Outcome);
        Assert.Equal(1 + 3, _twilio.Requests.Count);
    }

    [Fact]
    public async Task Send_WhenTwilioDoesNotAnswerInTime_IsAnUnknownOutcome_AndIsNotPostedAgain()
    {
        using var twilio = new TwilioHarness(new() { ["Twilio:RequestTimeout"] = "00:00:00.200", ["Twilio:MaxRetries"] = "1" });
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMlate" }).WithDelay(TimeSpan.FromSeconds(2)));

        var result = await twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsSendOutcome.OutcomeUnknown, result.Outcome);
        // WireMock logs a request once its delayed answer is written, after the client has given up on it.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Single(twilio.Requests);
    }

    [Fact]
    public async Task Send_WhenSmsIsNotEnabled_IsRejectedWithAClearError_AndCallsNobody()
    {
        using var twilio = new TwilioHarness(new() { ["Twilio:Enabled"] = "false" });

        var result = await twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsSendOutcome.Rejected, result.Outcome);
        Assert.Contains("not configured", result.Error, StringComparison.Ordinal);
        Assert.Empty(twilio.Server.LogEntries);
    }

    [Fact]
    public void Options_EnabledWithoutAnAccountSid_FailValidation_NamingTheSetting()
    {
        using var twilio = new TwilioHarness(new() { ["Twilio:AccountSid"] = null });

        var error = Assert.Throws<OptionsValidationException>(() => twilio.Services.GetRequiredService<IOptions<TwilioOptions>>().Value);

        Assert.Contains("PatientPortal:Twilio:AccountSid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_GoesThroughTheTwilioHelperLibrary()
    {
        Answer(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMsdk" }));

        await _twilio.Sender.SendAsync(Message, CancellationToken.None);

        var request = Assert.Single(_twilio.Requests).RequestMessage;
        Assert.StartsWith("twilio-csharp/8.2.0", request.Headers!["User-Agent"].Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(899.7, "899")]
    [InlineData(0, "1")]
    [InlineData(50_000, "36000")]
    public async Task Send_WithAValidity_SendsItAsValidityPeriod_InWholeSecondsWithinTwiliosBounds(double seconds, string expected)
    {
        Answer(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMvalid" }));

        await _twilio.Sender.SendAsync(Message with { ValidFor = TimeSpan.FromSeconds(seconds) }, CancellationToken.None);

        Assert.Equal(expected, TwilioHarness.Form(Assert.Single(_twilio.Requests))["ValidityPeriod"]);
    }

    [Fact]
    public async Task Send_ToABaseUrlWithAPath_PostsUnderThatPath()
    {
        using var twilio = new TwilioHarness(baseUrl: server => server + "/proxy/twilio/");
        twilio.Server.Given(Request.Create().WithPath("/proxy/twilio" + TwilioHarness.MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMproxied" }));

        var result = await twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(new SmsSendResult(SmsSendOutcome.Accepted, "SMproxied"), result);
    }

    [Fact]
    public async Task Send_WhenAProxyAnswers502WithAnHtmlPage_IsAnUnknownOutcome_AndIsNotPostedAgain()
    {
        Answer(Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html><body>Bad gateway</body></html>"));

        var result = await _twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsSendOutcome.OutcomeUnknown, result.Outcome);
        Assert.Null(result.ErrorCode);
        Assert.Single(_twilio.Requests);
    }

    [Fact]
    public async Task Send_WhenNothingListensAtTheBaseUrl_IsATransientFailure_ForTheRequestNeverLeft()
    {
        using var twilio = new TwilioHarness(new() { ["Twilio:MaxRetries"] = "0" }, _ => $"http://127.0.0.1:{ClosedPort()}/");

        var result = await twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal(SmsSendOutcome.TransientFailure, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    public void Dispose() => _twilio.Dispose();

    /// <summary>A loopback port nobody listens on: bound, read, released.</summary>
    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Answer(IResponseBuilder response) =>
        _twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).RespondWith(response);
}
