using PatientPortal.Core.Invitations.Funnel;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Invitations.Funnel;

public sealed class FunnelRangeTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void NoDates_AreTheLastThirtyDays_EndingToday()
    {
        var range = ResultAssert.Succeeded(FunnelRange.Resolve(null, null, Today));

        Assert.Equal(new FunnelRange(new DateOnly(2026, 5, 17), Today), range);
        Assert.Equal(30, range.Days);
    }

    [Fact]
    public void OnlyAStart_IsThirtyDaysFromIt_ButNotPastToday()
    {
        Assert.Equal(new DateOnly(2026, 1, 30), ResultAssert.Succeeded(FunnelRange.Resolve(new DateOnly(2026, 1, 1), null, Today)).To);
        Assert.Equal(Today, ResultAssert.Succeeded(FunnelRange.Resolve(new DateOnly(2026, 6, 1), null, Today)).To);
    }

    [Fact]
    public void OnlyAnEnd_IsTheThirtyDaysEndingThen()
    {
        Assert.Equal(new DateOnly(2026, 1, 2), ResultAssert.Succeeded(FunnelRange.Resolve(null, new DateOnly(2026, 1, 31), Today)).From);
    }

    [Fact]
    public void OneDay_IsARange()
    {
        Assert.Equal(1, ResultAssert.Succeeded(FunnelRange.Resolve(Today, Today, Today)).Days);
    }

    [Fact]
    public void AStartAfterTheEnd_IsRefusedOnFrom()
    {
        var messages = ResultAssert.InvalidOn(FunnelRange.Resolve(new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 1), Today), "from");

        Assert.Equal("The range starts (2026-06-02) after it ends (2026-06-01); choose a start on or before the end.", Assert.Single(messages));
    }

    [Fact]
    public void AYearAndADay_IsTheMost_OneMoreIsRefusedOnTo()
    {
        Assert.Equal(366, ResultAssert.Succeeded(FunnelRange.Resolve(new DateOnly(2025, 6, 15), new DateOnly(2026, 6, 15), Today)).Days);

        var messages = ResultAssert.InvalidOn(FunnelRange.Resolve(new DateOnly(2025, 6, 14), new DateOnly(2026, 6, 15), Today), "to");

        Assert.Equal("The range covers 367 days; choose at most 366.", Assert.Single(messages));
    }
}
