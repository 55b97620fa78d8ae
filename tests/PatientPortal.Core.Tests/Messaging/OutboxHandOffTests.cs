using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Messaging;

public sealed class OutboxHandOffTests
{
    private static readonly MessageContext Context = new(MessagePurpose.PortalInvitation, Guid.NewGuid());

    private readonly FakeTimeProvider _time = new(TestPractice.Now);
    private readonly RecordingWorkQueue _queue = new();

    [Fact]
    public void Saved_InATransaction_QueuesNothingUntilTheCommit()
    {
        var handOff = HandOff();
        var email = Email();

        handOff.Saved([email], inTransaction: true);
        Assert.Empty(_queue.Jobs);

        handOff.Committed();
        Assert.Equal([email.Id], _queue.QueuedIds);
    }

    [Fact]
    public void RolledBack_QueuesNothing_NotEvenAtALaterCommit()
    {
        var handOff = HandOff();
        handOff.Saved([Email(), Sms(TestPractice.Now)], inTransaction: true);

        handOff.RolledBack();
        handOff.Committed();

        Assert.Empty(_queue.Jobs);
    }

    [Fact]
    public void Saved_OutsideATransaction_QueuesAtOnce_BecauseThatSaveWasTheCommit()
    {
        var handOff = HandOff();
        var sms = Sms(TestPractice.Now);

        handOff.Saved([sms], inTransaction: false);

        var job = Assert.Single(_queue.Jobs);
        Assert.Equal((MessageChannel.Sms, (DateTimeOffset?)null), (job.Channel, job.NotBefore));
        Assert.Equal([sms.Id], job.Ids);
    }

    [Fact]
    public void AMessage_SavedTwiceInOneTransaction_AndCommittedTwice_IsQueuedOnce()
    {
        var handOff = HandOff();
        var email = Email();

        handOff.Saved([email], inTransaction: true);
        handOff.Saved([email], inTransaction: true);
        handOff.Committed();
        handOff.Committed();

        Assert.Equal([email.Id], _queue.QueuedIds);
    }

    [Fact]
    public void Committed_QueuesOnlyPendingRows_NotTheSuppressedRecords()
    {
        var handOff = HandOff();
        var email = Email();
        var suppressed = OutboxMessage.Suppressed(MessageChannel.Sms, "+447400123456", Context, "The patient opted out of texts.", TestPractice.Now);

        handOff.Saved([email, suppressed], inTransaction: false);

        Assert.Equal([email.Id], _queue.QueuedIds);
    }

    [Fact]
    public void Committed_SplitsByChannelAndDueTime_InJobsOfAtMostTheBatchSize()
    {
        var handOff = HandOff(batchSize: 2);
        var morning = TestPractice.Now.AddHours(20);
        var emails = Enumerable.Range(0, 3).Select(_ => Email()).ToList();
        var textNow = Sms(TestPractice.Now);
        var textsInTheMorning = Enumerable.Range(0, 2).Select(_ => Sms(morning)).ToList();

        handOff.Saved([.. emails, textNow, .. textsInTheMorning], inTransaction: true);
        handOff.Committed();

        Assert.Equal(
            [(MessageChannel.Email, 2, null), (MessageChannel.Email, 1, null), (MessageChannel.Sms, 1, null), (MessageChannel.Sms, 2, (DateTimeOffset?)morning)],
            _queue.Jobs.Select(job => (job.Channel, job.Ids.Count, job.NotBefore)));
        Assert.Equal(emails.Concat([textNow]).Concat(textsInTheMorning).Select(message => message.Id).Order(), _queue.QueuedIds.Order());
    }

    [Fact]
    public void Committed_WhenTheQueueRefuses_DoesNotThrow_AndStillOffersEveryJob()
    {
        // The change is committed by now: a job store that is down must not turn it into an error, and the
        // rows stay Pending for the sweep (OutboxSweepTests and the SQLite test show the sweep taking them).
        var handOff = HandOff();
        _queue.Refuse = new InvalidOperationException("The job store is down.");
        var email = Email();
        var sms = Sms(TestPractice.Now);

        handOff.Saved([email, sms], inTransaction: true);
        handOff.Committed();

        Assert.Equal([email.Id, sms.Id], _queue.QueuedIds);
    }

    private OutboxHandOff HandOff(int batchSize = 100) =>
        new(_queue, _time, Options.Create(new MessagingOptions { BatchSize = batchSize }), NullLogger<OutboxHandOff>.Instance);

    private static OutboxMessage Email() =>
        OutboxMessage.Email(new EmailMessage("ada@example.com", "Ada", "Your invitation", "<p>Hello</p>", "Hello"), Context, TestPractice.Now);

    private static OutboxMessage Sms(DateTimeOffset notBefore) =>
        OutboxMessage.Sms("+447400123456", "Hello", Context, TestPractice.Now, notBefore);
}
