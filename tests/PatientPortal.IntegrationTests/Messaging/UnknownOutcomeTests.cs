using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>
/// A site on a fake clock with WireMock playing Twilio's Messages API, keeping what it creates and listing it back
/// (<see cref="TwilioMessages"/>), and no job worker: the test runs each send as the job would, one attempt at a time.
/// </summary>
public sealed class UnknownOutcomePortalFactory : FakeClockPortalFactory
{
    public UnknownOutcomePortalFactory() => Messages = new TwilioMessages(Twilio, () => Clock.GetUtcNow()).Start();

    public TwilioServer Twilio { get; } = new();

    public TwilioMessages Messages { get; }

    public static TimeSpan RequestTimeout => TimeSpan.FromSeconds(5);

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = Twilio.Settings;
            settings["PatientPortal:Jobs:RunServer"] = "false";
            settings["PatientPortal:Twilio:MaxRetries"] = "0";
            settings["PatientPortal:Twilio:RequestTimeout"] = RequestTimeout.ToString();
            return settings;
        }
    }

    /// <summary>Sends the messages that are due now, as the job the sweep queues would.</summary>
    public async Task SendDueAsync(MessageChannel channel, IReadOnlyList<Guid> ids)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(channel, ids, CancellationToken.None);
    }

    public Task<OutboxMessage> RowAsync(Guid id) => QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    private bool _disposed;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_disposed)
        {
            _disposed = true;
            Messages.ReleaseHanging();
            Twilio.Dispose();
        }
    }
}

public sealed class UnknownOutcomeTests(UnknownOutcomePortalFactory portal) : IClassFixture<UnknownOutcomePortalFactory>
{
    [Fact]
    public async Task A500AfterTwilioCreatedTheText_DeliversOneText_AndRecordsTwiliosSid()
    {
        var mobile = UniqueMobile();
        portal.Messages.AnswerCreates(mobile, TwilioCreate.ServerErrorAfterCreating, TwilioCreate.Created);
        var id = (await portal.QueueTextsAsync([mobile]))[0];

        await portal.SendDueAsync(MessageChannel.Sms, [id]);
        var unknown = await portal.RowAsync(id);
        await NextAttemptAsync(id);

        Assert.Equal((MessageStatus.Pending, 1), (unknown.Status, unknown.Attempts));
        Assert.NotNull(unknown.OutcomeUnknownSince);
        var created = Assert.Single(portal.Messages.Created, text => text.To == mobile);
        var sent = await portal.RowAsync(id);
        Assert.Equal((MessageStatus.Sent, created.Sid), (sent.Status, sent.ProviderMessageId));
        Assert.Null(sent.OutcomeUnknownSince);
        Assert.Equal(1, portal.Messages.CreatesTo(mobile));
    }

    [Fact]
    public async Task ATimeoutAfterTwilioCreatedTheText_DeliversOneText_AndRecordsTwiliosSid()
    {
        var mobile = UniqueMobile();
        portal.Messages.AnswerCreates(mobile, TwilioCreate.HangAfterCreating, TwilioCreate.Created);
        var id = (await portal.QueueTextsAsync([mobile]))[0];

        // The request timeout runs on the site's clock: it passes once Twilio has the text.
        var sending = portal.SendDueAsync(MessageChannel.Sms, [id]);
        await portal.Messages.Hanging.WaitAsync(TimeSpan.FromSeconds(30));
        portal.Clock.Advance(UnknownOutcomePortalFactory.RequestTimeout);
        await sending.WaitAsync(TimeSpan.FromSeconds(30));
        portal.Messages.ReleaseHanging();
        var unknown = await portal.RowAsync(id);
        await NextAttemptAsync(id);

        Assert.Equal(MessageStatus.Pending, unknown.Status);
        Assert.NotNull(unknown.OutcomeUnknownSince);
        var created = Assert.Single(portal.Messages.Created, text => text.To == mobile);
        var sent = await portal.RowAsync(id);
        Assert.Equal((MessageStatus.Sent, created.Sid), (sent.Status, sent.ProviderMessageId));
        Assert.Equal(1, portal.Messages.CreatesTo(mobile));
    }

    [Fact]
    public async Task A500WhereTwilioCreatedNothing_IsLookedUp_ThenSentAgainOnce()
    {
        var mobile = UniqueMobile();
        portal.Messages.AnswerCreates(mobile, TwilioCreate.ServerErrorWithoutCreating, TwilioCreate.Created);
        var id = (await portal.QueueTextsAsync([mobile]))[0];

        await portal.SendDueAsync(MessageChannel.Sms, [id]);
        Assert.NotNull((await portal.RowAsync(id)).OutcomeUnknownSince);
        var listsBefore = portal.Messages.Lists;
        await NextAttemptAsync(id);

        Assert.True(portal.Messages.Lists > listsBefore, "The text was sent again without asking Twilio first.");
        var created = Assert.Single(portal.Messages.Created, text => text.To == mobile);
        var sent = await portal.RowAsync(id);
        Assert.Equal((MessageStatus.Sent, created.Sid, 2), (sent.Status, sent.ProviderMessageId, sent.Attempts));
        Assert.Equal(2, portal.Messages.CreatesTo(mobile));
    }

    [Fact]
    public async Task ALookupThatFails_LeavesTheTextUnknown_AndSendsNothing_UntilTwilioCanBeAsked()
    {
        var mobile = UniqueMobile();
        portal.Messages.AnswerCreates(mobile, TwilioCreate.ServerErrorAfterCreating, TwilioCreate.Created);
        var id = (await portal.QueueTextsAsync([mobile]))[0];
        await portal.SendDueAsync(MessageChannel.Sms, [id]);

        portal.Messages.ListFails = true;
        try
        {
            await NextAttemptAsync(id);
        }
        finally
        {
            portal.Messages.ListFails = false;
        }

        var still = await portal.RowAsync(id);
        Assert.Equal(MessageStatus.Pending, still.Status);
        Assert.NotNull(still.OutcomeUnknownSince);
        Assert.Contains("could not be asked", still.LastError, StringComparison.Ordinal);
        Assert.Equal(1, portal.Messages.CreatesTo(mobile));

        await NextAttemptAsync(id);

        var created = Assert.Single(portal.Messages.Created, text => text.To == mobile);
        var sent = await portal.RowAsync(id);
        Assert.Equal((MessageStatus.Sent, created.Sid), (sent.Status, sent.ProviderMessageId));
        Assert.Equal(1, portal.Messages.CreatesTo(mobile));
    }

    /// <summary>Past the retry's backoff, and the job that runs then.</summary>
    private async Task NextAttemptAsync(Guid id)
    {
        portal.Clock.Advance(TimeSpan.FromMinutes(5));
        await portal.SendDueAsync(MessageChannel.Sms, [id]);
    }

    private static string UniqueMobile() => "+447500" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
