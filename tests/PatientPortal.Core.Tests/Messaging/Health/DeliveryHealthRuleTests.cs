using PatientPortal.Core.Messaging;
using PatientPortal.Core.Messaging.Health;

namespace PatientPortal.Core.Tests.Messaging.Health;

public sealed class DeliveryHealthRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 30, 0, TimeSpan.Zero);
    private static readonly DeliveryHealthOptions Options = new();

    [Fact]
    public void AChannelWithNothingTried_IsHealthy()
    {
        var health = DeliveryHealthRule.Judge(Activity(), Options, Now);

        Assert.False(health.IsFailing);
        Assert.Equal(ChannelFailure.None, health.Failure);
        Assert.Null(health.Since);
        Assert.Null(health.RecentFailureRate);
    }

    [Fact]
    public void EveryTryFailingForTenMinutes_IsAnOutage_SinceTheFirstFailure()
    {
        var since = Now.AddMinutes(-10);

        var health = DeliveryHealthRule.Judge(Activity(failingSince: since, lastError: "Connection refused", failing: 1), Options, Now);

        Assert.Equal(ChannelFailure.ConsecutiveFailures, health.Failure);
        Assert.Equal(since, health.Since);
        Assert.Equal("Connection refused", health.LastError);
    }

    [Fact]
    public void FailuresForLessThanTheConfiguredTime_AreNotYetAnOutage()
    {
        var health = DeliveryHealthRule.Judge(Activity(failingSince: Now.AddMinutes(-9).AddSeconds(-59), failing: 3), Options, Now);

        Assert.False(health.IsFailing);
        Assert.Equal("Connection refused", health.LastError);
    }

    [Fact]
    public void TheTimeBeforeAnOutage_IsConfigurable()
    {
        var options = new DeliveryHealthOptions { AlertAfterFailingFor = TimeSpan.FromMinutes(2) };

        var health = DeliveryHealthRule.Judge(Activity(failingSince: Now.AddMinutes(-2), failing: 1), options, Now);

        Assert.Equal(ChannelFailure.ConsecutiveFailures, health.Failure);
    }

    [Fact]
    public void HalfTheRecentMessagesFailing_WithEnoughTried_IsAnOutage_SinceTheFirstOfThemWithinTheWindow()
    {
        // Failures since before the window count from the window's start: the rate is about the window.
        var health = DeliveryHealthRule.Judge(Activity(sentInWindow: 10, failingInWindow: 10, windowFailingSince: Now.AddHours(-1)), Options, Now);

        Assert.Equal(ChannelFailure.FailureRate, health.Failure);
        Assert.Equal(0.5, health.RecentFailureRate);
        Assert.Equal(Now - Options.AlertFailureRateWindow, health.Since);
    }

    [Fact]
    public void AHighFailureRate_AmongTooFewMessages_IsNotAnOutage()
    {
        var health = DeliveryHealthRule.Judge(Activity(sentInWindow: 1, failingInWindow: 18, windowFailingSince: Now.AddMinutes(-5)), Options, Now);

        Assert.False(health.IsFailing);
        Assert.Equal(18.0 / 19, health.RecentFailureRate);
    }

    [Fact]
    public void ARateBelowTheThreshold_IsNotAnOutage()
    {
        var health = DeliveryHealthRule.Judge(Activity(sentInWindow: 11, failingInWindow: 9, windowFailingSince: Now.AddMinutes(-5)), Options, Now);

        Assert.False(health.IsFailing);
    }

    [Fact]
    public void ConsecutiveFailures_AreReportedBeforeTheRate_WhenBothHold()
    {
        var since = Now.AddMinutes(-30);

        var health = DeliveryHealthRule.Judge(Activity(failingSince: since, failing: 25, failingInWindow: 25, windowFailingSince: Now.AddMinutes(-14)), Options, Now);

        Assert.Equal(ChannelFailure.ConsecutiveFailures, health.Failure);
        Assert.Equal(since, health.Since);
        Assert.Equal(1.0, health.RecentFailureRate);
    }

    [Fact]
    public void TheCountsOfWaitingRetryingAndFailedMessages_AreKept()
    {
        var counts = new DeliveryCounts(Waiting: 12, Retrying: 3, Sent: 0, Delivered: 0, Failed: 1, Suppressed: 0);

        var health = DeliveryHealthRule.Judge(Activity(failingSince: Now.AddMinutes(-11), failing: 3) with { Counts = counts }, Options, Now);

        Assert.Same(counts, health.Counts);
    }

    private static ChannelActivity Activity(
        DateTimeOffset? failingSince = null,
        string? lastError = null,
        int failing = 0,
        int sentInWindow = 0,
        int failingInWindow = 0,
        DateTimeOffset? windowFailingSince = null) =>
        new(
            MessageChannel.Email,
            LastSentAt: Now.AddHours(-2),
            FailingSince: failingSince,
            LastFailureAt: failing > 0 || failingInWindow > 0 ? Now.AddMinutes(-1) : null,
            LastError: failing > 0 || failingInWindow > 0 ? lastError ?? "Connection refused" : null,
            SentInWindow: sentInWindow,
            FailingInWindow: failingInWindow,
            WindowFailingSince: windowFailingSince,
            Counts: DeliveryCounts.None);
}
