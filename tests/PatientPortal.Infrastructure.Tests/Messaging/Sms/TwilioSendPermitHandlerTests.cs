using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging.Sms;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

/// <summary>Each attempt to create a message takes its own turn at the sender's rate; nothing else does.</summary>
public sealed class TwilioSendPermitHandlerTests
{
    private static readonly SmsMessage Message = new("+447400123456", "Your appointment is confirmed.", null);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Send_After429_TheRetryWaitsForItsOwnTurn()
    {
        // Four a second on the site's clock, which moves only from wait to wait (never while a call is on the wire):
        // the retry may start a quarter of a second after the first attempt's turn, not after the 10 ms back-off.
        var clock = new SteppingClock();
        using var twilio = new TwilioHarness(new() { ["Twilio:MessagesPerSecond"] = "4", ["Twilio:RequestTimeout"] = "00:02:00" }, clock: clock);
        var arrivals = new ConcurrentQueue<DateTimeOffset>();
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).InScenario("busy").WillSetStateTo("free")
            .RespondWith(Response.Create().WithCallback(_ => Answer(arrivals, clock, 429, """{"code":20429,"message":"Too Many Requests"}""")));
        twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingPost()).InScenario("busy").WhenStateIs("free")
            .RespondWith(Response.Create().WithCallback(_ => Answer(arrivals, clock, 201, """{"sid":"SMafter429"}""")));

        var sending = twilio.Sender.SendAsync(Message, CancellationToken.None);
        while (!sending.IsCompleted)
        {
            // The back-off, then the retry's turn; the request timeouts (two minutes) are never reached.
            if (!clock.TryStep(TimeSpan.FromMinutes(1)))
            {
                await Task.WhenAny(sending, Task.Delay(TimeSpan.FromMilliseconds(5)));
            }
        }

        var result = await sending.WaitAsync(Patience);
        Assert.Equal("SMafter429", result.ProviderMessageId);
        var times = arrivals.ToArray();
        Assert.Equal(2, times.Length);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(250), $"The retry went {(times[1] - times[0]).TotalMilliseconds} ms (site's clock) after the first attempt.");
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

    private static ResponseMessage Answer(ConcurrentQueue<DateTimeOffset> arrivals, TimeProvider clock, int status, string json)
    {
        arrivals.Enqueue(clock.GetUtcNow());
        return new ResponseMessage
        {
            StatusCode = status,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
            BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String },
        };
    }
}
