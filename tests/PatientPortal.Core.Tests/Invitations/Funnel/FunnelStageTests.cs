using PatientPortal.Core.Invitations.Funnel;

namespace PatientPortal.Core.Tests.Invitations.Funnel;

public sealed class FunnelStageTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NothingSent_IsOnlyCreated() =>
        Assert.Equal(FunnelStage.Created, new FunnelInvitation(At, false, false, false, false, false).Stage);

    [Fact]
    public void AnSmsAcceptedByTwilio_WithoutAReceipt_IsSentNotDelivered() =>
        Assert.Equal(FunnelStage.Sent, new FunnelInvitation(At, MessageSent: true, MessageDelivered: false, EmailSent: false, false, false).Stage);

    [Fact]
    public void AnSmsReportedDelivered_IsDelivered() =>
        Assert.Equal(FunnelStage.Delivered, new FunnelInvitation(At, MessageSent: true, MessageDelivered: true, EmailSent: false, false, false).Stage);

    [Fact]
    public void AnEmailAcceptedByTheSmtpServer_CountsAsDelivered_EmailHasNoReceipts() =>
        Assert.Equal(FunnelStage.Delivered, new FunnelInvitation(At, MessageSent: true, MessageDelivered: false, EmailSent: true, false, false).Stage);

    [Fact]
    public void AnOpenedLink_WasDelivered_EvenWithoutAReceipt() =>
        Assert.Equal(FunnelStage.Opened, new FunnelInvitation(At, MessageSent: true, MessageDelivered: false, EmailSent: false, Opened: true, Completed: false).Stage);

    [Fact]
    public void ACompletedInvitation_IsCompleted() =>
        Assert.Equal(FunnelStage.Completed, new FunnelInvitation(At, true, false, true, Opened: true, Completed: true).Stage);

    [Fact]
    public void Counts_IncludeEveryLaterStage()
    {
        // One invitation stopped at each stage.
        var counts = FunnelCounts.FromFurthest([1, 1, 1, 1, 1]);

        Assert.Equal(new FunnelCounts(Created: 5, Sent: 4, Delivered: 3, Opened: 2, Completed: 1), counts);
    }

    [Fact]
    public void Rates_AreStepByStep_AndOverall_RoundedToOneDecimal()
    {
        var rates = FunnelRates.Of(new FunnelCounts(Created: 10, Sent: 9, Delivered: 6, Opened: 3, Completed: 1));

        Assert.Equal(new FunnelRates(Delivered: 66.7, Opened: 50, Completed: 33.3, Overall: 11.1), rates);
    }

    [Fact]
    public void Rates_WithNothingToConvert_AreNull()
    {
        Assert.Equal(new FunnelRates(null, null, null, null), FunnelRates.Of(FunnelCounts.Zero));
        Assert.Equal(new FunnelRates(0, null, null, 0), FunnelRates.Of(new FunnelCounts(2, 2, 0, 0, 0)));
    }
}
