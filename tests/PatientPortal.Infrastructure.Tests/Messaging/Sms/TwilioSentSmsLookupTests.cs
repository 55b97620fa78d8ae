using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PatientPortal.Infrastructure.Tests.Messaging.Sms;

/// <summary>The lookup of a text whose send had an unknown outcome, through the Twilio library, against WireMock playing Twilio's list of Messages.</summary>
public sealed class TwilioSentSmsLookupTests : IDisposable
{
    private const string To = "+447400123456";
    private const string Body = "Your invitation: https://clinic.example/patient-portal/invitation?token=abc";
    private static readonly DateTimeOffset FirstAttempt = new(2026, 12, 1, 10, 30, 15, TimeSpan.Zero);
    private readonly TwilioHarness _twilio = new();

    private ISentSmsLookup Lookup => _twilio.Services.GetRequiredService<ISentSmsLookup>();

    [Fact]
    public async Task Find_ListsTheNumbersMessagesSinceTheDayOfTheFirstAttempt_AndMatchesTheExactBodyCreatedSince()
    {
        List(
            Listed("SMolder", Body, FirstAttempt.AddHours(-2)),
            Listed("SMother", Body + " ", FirstAttempt.AddSeconds(1)),
            Listed("SMours", Body, FirstAttempt.AddSeconds(2)));

        var found = await Lookup.FindAsync(To, Body, FirstAttempt, CancellationToken.None);

        Assert.Equal(new[] { "SMours" }, found.ProviderMessageIds);
        Assert.Equal(SentSmsLookupOutcome.Found, found.Outcome);
        var request = Assert.Single(_twilio.Server.LogEntries).RequestMessage;
        Assert.Equal("GET", request.Method);
        Assert.Equal(To, request.Query!["To"].Single());
        Assert.Contains("DateSent>=2026-12-01T00:00:00Z", Uri.UnescapeDataString(request.RawQuery!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_WhenTwilioHasNoSuchText_IsNotFound()
    {
        List(Listed("SMelse", "Another text", FirstAttempt.AddSeconds(3)));

        var found = await Lookup.FindAsync(To, Body, FirstAttempt, CancellationToken.None);

        Assert.Equal(SentSmsLookupOutcome.NotFound, found.Outcome);
        Assert.Empty(found.ProviderMessageIds);
    }

    [Fact]
    public async Task Find_WhenTwilioCannotBeAsked_FailsAfterTheRetriesAReadMayHave()
    {
        _twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503).WithBodyAsJson(new { code = 20503, message = "Service Unavailable" }));

        var found = await Lookup.FindAsync(To, Body, FirstAttempt, CancellationToken.None);

        Assert.Equal(SentSmsLookupOutcome.Failed, found.Outcome);
        Assert.Contains("Service Unavailable", found.Error, StringComparison.Ordinal);
        Assert.Equal(1 + 3, _twilio.Server.LogEntries.Count);
    }

    public void Dispose() => _twilio.Dispose();

    private void List(params object[] messages) =>
        _twilio.Server.Given(Request.Create().WithPath(TwilioHarness.MessagesPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new { messages, uri = TwilioHarness.MessagesPath, page_size = 100, next_page_uri = (string?)null }));

    /// <summary>A message as Twilio lists it (dates in RFC 2822).</summary>
    private static object Listed(string sid, string body, DateTimeOffset created) => new
    {
        sid,
        to = To,
        from = TwilioHarness.From,
        body,
        direction = "outbound-api",
        status = "delivered",
        date_created = created.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture),
    };
}
