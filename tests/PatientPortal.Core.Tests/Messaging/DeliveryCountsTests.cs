using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Tests.Messaging;

public sealed class DeliveryCountsTests
{
    [Fact]
    public void MessagesStillToGo_AreWaiting_OrRetryingWhenTheyHaveFailedBefore()
    {
        var counts = DeliveryCounts.From([
            new(MessageStatus.Pending, HasFailed: false, 5),
            new(MessageStatus.Sending, HasFailed: false, 1),
            new(MessageStatus.Pending, HasFailed: true, 3),
            new(MessageStatus.Sending, HasFailed: true, 2),
            new(MessageStatus.Sent, HasFailed: true, 4),
            new(MessageStatus.Sent, HasFailed: false, 6),
            new(MessageStatus.Delivered, HasFailed: false, 7),
            new(MessageStatus.Failed, HasFailed: true, 8),
            new(MessageStatus.Suppressed, HasFailed: false, 9),
        ]);

        Assert.Equal(new DeliveryCounts(Waiting: 6, Retrying: 5, Sent: 10, Delivered: 7, Failed: 8, Suppressed: 9), counts);
        Assert.Equal(11, counts.Outstanding);
    }

    [Fact]
    public void APossiblySentEmail_IsNotStillToGo_ItWaitsForStaffWithTheFailed()
    {
        var counts = DeliveryCounts.From([new(MessageStatus.PossiblySent, HasFailed: false, 2), new(MessageStatus.Failed, HasFailed: true, 1)]);

        Assert.Equal(DeliveryCounts.None with { Failed = 3 }, counts);
        Assert.Equal(0, counts.Outstanding);
    }
}
