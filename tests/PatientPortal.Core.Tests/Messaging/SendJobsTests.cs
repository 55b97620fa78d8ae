using PatientPortal.Core.Messaging;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Messaging;

public sealed class SendJobsTests
{
    private static readonly DateTimeOffset Now = TestPractice.Now;

    [Fact]
    public void MessagesOfOneChannelDueNow_AreOneJob_DueNow()
    {
        var messages = new[] { Sms(Now), Sms(Now.AddMinutes(-5)), Sms(Now.AddDays(-1)) };

        var job = Assert.Single(SendJobs.For(messages, Now, batchSize: 100));

        Assert.Equal(MessageChannel.Sms, job.Channel);
        Assert.Null(job.Due);
        Assert.Equal(messages.Select(message => message.Id), job.MessageIds);
    }

    [Fact]
    public void EachChannelAndEachLaterTime_IsAJobOfItsOwn()
    {
        var later = Now.AddHours(9);
        var messages = new[] { Sms(Now), Email(Now), Sms(later), Email(later), Sms(later) };

        var jobs = SendJobs.For(messages, Now, batchSize: 100).ToList();

        Assert.Equal(
            [(MessageChannel.Sms, (DateTimeOffset?)null, 1), (MessageChannel.Email, null, 1), (MessageChannel.Sms, later, 2), (MessageChannel.Email, later, 1)],
            jobs.Select(job => (job.Channel, job.Due, job.MessageIds.Count)));
    }

    [Fact]
    public void MoreThanTheBatchSize_IsSplitIntoJobsOfAtMostTheBatchSize_InOrder()
    {
        var messages = Enumerable.Range(0, 7).Select(_ => Email(Now)).ToList();

        var jobs = SendJobs.For(messages, Now, batchSize: 3).ToList();

        Assert.Equal([3, 3, 1], jobs.Select(job => job.MessageIds.Count));
        Assert.Equal(messages.Select(message => message.Id), jobs.SelectMany(job => job.MessageIds));
    }

    [Fact]
    public void AMessageListedTwice_IsQueuedOnce()
    {
        var message = Email(Now);

        var job = Assert.Single(SendJobs.For([message, message], Now, batchSize: 100));

        Assert.Equal([message.Id], job.MessageIds);
    }

    [Fact]
    public void ABatchSizeBelowOne_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SendJobs.For([Email(Now)], Now, batchSize: 0).ToList());

    private static SendableMessage Sms(DateTimeOffset notBefore) => new(Guid.NewGuid(), MessageChannel.Sms, notBefore);

    private static SendableMessage Email(DateTimeOffset notBefore) => new(Guid.NewGuid(), MessageChannel.Email, notBefore);
}
