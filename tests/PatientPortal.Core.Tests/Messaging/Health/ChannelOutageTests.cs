using PatientPortal.Core.Messaging;
using PatientPortal.Core.Messaging.Health;

namespace PatientPortal.Core.Tests.Messaging.Health;

public sealed class ChannelOutageTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    [Fact]
    public void AChannelGoingDown_OpensAnOutage_AndAsksForOneAlert()
    {
        var outage = ChannelOutage.For(MessageChannel.Email);

        var notice = outage.Observe(Failing(Now.AddMinutes(-10)), Now, ClaimFor);

        Assert.Equal(DeliveryNotice.Alert, notice);
        Assert.True(outage.IsOpen);
        Assert.Equal(Now.AddMinutes(-10), outage.Since);
        Assert.Equal("Connection refused", outage.LastError);
    }

    [Fact]
    public void AnAlertBeingSent_IsNotAskedForAgain_UntilItsClaimIsOld()
    {
        var outage = ChannelOutage.For(MessageChannel.Email);
        outage.Observe(Failing(Now.AddMinutes(-10)), Now, ClaimFor);

        Assert.Equal(DeliveryNotice.None, outage.Observe(Failing(Now.AddMinutes(-10)), Now.AddMinutes(1), ClaimFor));
        Assert.Equal(DeliveryNotice.Alert, outage.Observe(Failing(Now.AddMinutes(-10)), Now.AddMinutes(2), ClaimFor));
    }

    [Fact]
    public void AnOutageAlerted_IsNotAlertedAgain_HoweverLongItLasts()
    {
        var outage = ChannelOutage.For(MessageChannel.Email);
        outage.Observe(Failing(Now.AddMinutes(-10)), Now, ClaimFor);
        outage.Alerted(MessageChannel.Sms, Now);

        for (var minute = 1; minute <= 120; minute++)
        {
            Assert.Equal(DeliveryNotice.None, outage.Observe(Failing(Now.AddMinutes(-10)), Now.AddMinutes(minute), ClaimFor));
        }

        Assert.Equal(MessageChannel.Sms, outage.AlertedThrough);
        Assert.Equal(Now.AddMinutes(-10), outage.Since);
    }

    [Fact]
    public void AnAlertThatCouldNotBeSent_IsAskedForAgainAtTheNextCheck()
    {
        var outage = ChannelOutage.For(MessageChannel.Email);
        outage.Observe(Failing(Now.AddMinutes(-10)), Now, ClaimFor);

        outage.ReleaseClaim();

        Assert.Equal(DeliveryNotice.Alert, outage.Observe(Failing(Now.AddMinutes(-10)), Now.AddMinutes(1), ClaimFor));
    }

    [Fact]
    public void Recovery_AfterAnAlert_ClosesTheOutage_AndAsksForOneRecoveryNotice()
    {
        var outage = ChannelOutage.For(MessageChannel.Sms);
        outage.Observe(Failing(Now.AddMinutes(-10)), Now, ClaimFor);
        outage.Alerted(MessageChannel.Email, Now);

        var notice = outage.Observe(Healthy(), Now.AddMinutes(5), ClaimFor);
        outage.RecoveryNoticeSent(Now.AddMinutes(5));

        Assert.Equal(DeliveryNotice.Recovered, notice);
        Assert.False(outage.IsOpen);
        Assert.Equal(Now.AddMinutes(5), outage.RecoveredAt);
        Assert.Equal(DeliveryNotice.None, outage.Observe(Healthy(), Now.AddMinutes(6), ClaimFor));
    }

    [Fact]
    public void Recovery_BeforeAnyoneWasTold_NeedsNoNotice()
    {
        var outage = ChannelOutage.For(MessageChannel.Email);
        outage.Observe(Failing(Now.AddMinutes(-10)), Now, ClaimFor);
        outage.ReleaseClaim();

        Assert.Equal(DeliveryNotice.None, outage.Observe(Healthy(), Now.AddMinutes(1), ClaimFor));
        Assert.False(outage.IsOpen);
    }

    [Fact]
    public void ANewOutage_AfterARecovery_IsAlertedAfresh()
    {
        var outage = ChannelOutage.For(MessageChannel.Email);
        outage.Observe(Failing(Now.AddMinutes(-10)), Now, ClaimFor);
        outage.Alerted(MessageChannel.Sms, Now);
        outage.Observe(Healthy(), Now.AddMinutes(5), ClaimFor);
        outage.RecoveryNoticeSent(Now.AddMinutes(5));

        var notice = outage.Observe(Failing(Now.AddMinutes(20)), Now.AddMinutes(30), ClaimFor);

        Assert.Equal(DeliveryNotice.Alert, notice);
        Assert.Equal(Now.AddMinutes(20), outage.Since);
        Assert.Null(outage.AlertedAt);
        Assert.Null(outage.RecoveredAt);
    }

    [Fact]
    public void AnObservationThatChangesNothing_LeavesTheVersion_SoTheRowIsNotWrittenEveryCheck()
    {
        var outage = ChannelOutage.For(MessageChannel.Email);
        outage.Observe(Failing(Now.AddMinutes(-10)), Now, ClaimFor);
        outage.Alerted(MessageChannel.Sms, Now);
        var version = outage.Version;

        outage.Observe(Failing(Now.AddMinutes(-10)), Now.AddMinutes(1), ClaimFor);

        Assert.Equal(version, outage.Version);
    }

    private static ChannelHealth Failing(DateTimeOffset since) =>
        new(MessageChannel.Email, ChannelFailure.ConsecutiveFailures, since, "Connection refused", since, null, 1.0, DeliveryCounts.None);

    private static ChannelHealth Healthy() =>
        new(MessageChannel.Email, ChannelFailure.None, null, null, null, Now, 0, DeliveryCounts.None);
}
