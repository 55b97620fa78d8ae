using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging.Sms;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

/// <summary>Each attempt to create a message takes its own turn at the sender's rate; nothing else does.</summary>
public sealed class TwilioSendPermitHandlerTests
{
    private static readonly SmsMessage Message = new("+447400123456", "Your appointment is confirmed.", null);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Send_After429_TheRetryWaitsForItsOwnTurn()
    {
        // Four a second: the retry may start a quarter of a second after the first attempt, not after the 10 ms back-off.
        using var twilio = new TwilioHarness(new() { ["Twilio:MessagesPerSecond"] = "4" });
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).InScenario("busy").WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(429).WithBodyAsJson(new { code = 20429, message = "Too Many Requests" }));
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).InScenario("busy").WhenStateIs("free")
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMafter429" }));

        var result = await twilio.Sender.SendAsync(Message, CancellationToken.None);

        Assert.Equal("SMafter429", result.ProviderMessageId);
        var requests = twilio.Requests;
        Assert.Equal(2, requests.Count);
        // Turns start 250 ms apart; the arrivals may be a little closer if the first request took longer to arrive.
        var gap = requests[1].RequestMessage.DateTime - requests[0].RequestMessage.DateTime;
        Assert.True(gap >= TimeSpan.FromMilliseconds(200), $"The retry arrived {gap.TotalMilliseconds} ms after the first attempt.");
    }

    [Fact]
    public async Task Send_CancelledWhileItWaitsForItsTurn_SendsNothing()
    {
        var clock = new TimerSignallingClock();
        using var twilio = new TwilioHarness(new() { ["Twilio:MessagesPerSecond"] = "0.01" }, clock: clock);
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM1" }));
        await twilio.Sender.SendAsync(Message, CancellationToken.None).WaitAsync(Patience);
        using var stop = new CancellationTokenSource();

        var waiting = clock.NextTimerAsync();
        var second = twilio.Sender.SendAsync(Message with { To = "+447400123457" }, stop.Token);
        Assert.Equal(TimeSpan.FromSeconds(100), await waiting.WaitAsync(Patience));
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(Patience));
        Assert.Single(twilio.Requests);
    }

    [Fact]
    public async Task Send_WhoseTurnCannotBeTaken_IsNotSent_AndIsNotTakenForOneThatMayHaveGone()
    {
        using var twilio = new TwilioHarness(new() { ["Twilio:MaxRetries"] = "1" });
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM1" }));
        using (var scope = twilio.Services.CreateScope())
        {
            // The slot's table gone: the database cannot give the text its turn.
            await scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>().Database.ExecuteSqlRawAsync("DROP TABLE patientPortalSenderSlot");
        }

        var result = await twilio.Sender.SendAsync(Message, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(SmsSendOutcome.TransientFailure, result.Outcome);
        Assert.Contains("turn at the sender's rate", result.Error, StringComparison.Ordinal);
        Assert.Empty(twilio.Requests);
    }

    [Fact]
    public async Task Request_ThatCreatesNoMessage_DoesNotWaitForATurn()
    {
        // One text every 100 seconds: a look-up that waited for a turn would wait that long.
        using var twilio = new TwilioHarness(new() { ["Twilio:MessagesPerSecond"] = "0.01" });
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SM1" }));
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { messages = Array.Empty<object>() }));
        await twilio.Sender.SendAsync(Message, CancellationToken.None).WaitAsync(Patience);
        using var http = twilio.Services.GetRequiredService<IHttpClientFactory>().CreateClient(SmsServiceCollectionExtensions.HttpClientName);

        using var listed = await http.GetAsync(new Uri(twilio.Server.Url + TwilioHarness.MessagesPath + "?To=%2B447400123456")).WaitAsync(Patience);

        Assert.True(listed.IsSuccessStatusCode);
    }
}
