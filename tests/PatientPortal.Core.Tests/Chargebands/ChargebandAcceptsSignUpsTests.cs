using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Chargebands;

public sealed class ChargebandAcceptsSignUpsTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void AcceptsSignUps_WithACodeAndNoLimits()
    {
        Assert.True(new ChargebandBuilder().Build().AcceptsSignUps(Today));
    }

    [Fact]
    public void AcceptsSignUps_RefusesWithoutACode()
    {
        var chargeband = new ChargebandBuilder().WithSettings(new OnlineSettings(null, true)).Build();

        Assert.False(chargeband.AcceptsSignUps(Today));
    }

    [Fact]
    public void AcceptsSignUps_RefusesWhileOnlineBookingIsDisabled()
    {
        Assert.False(new ChargebandBuilder().DisabledAfterConfiguring().Build().AcceptsSignUps(Today));
    }

    [Fact]
    public void AcceptsSignUps_RefusesWhenOnlineBookingWasNeverEnabled()
    {
        Assert.False(new ChargebandBuilder().WithoutOnlineBooking().Build().AcceptsSignUps(Today));
    }

    [Theory]
    [InlineData("2026-05-31", false)]
    [InlineData("2026-06-01", true)]
    [InlineData("2026-06-15", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void AcceptsSignUps_OnlyFromTheFirstToTheLastValidDayInclusive(string day, bool accepted)
    {
        var chargeband = new ChargebandBuilder()
            .WithSettings(new OnlineSettings("June2026", false, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)))
            .Build();

        Assert.Equal(accepted, chargeband.AcceptsSignUps(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AcceptsSignUps_WithOnlyAStartDate_HasNoEnd()
    {
        var chargeband = new ChargebandBuilder().WithSettings(new OnlineSettings("Open2026", false, InviteCodeValidFrom: Today)).Build();

        Assert.False(chargeband.AcceptsSignUps(Today.AddDays(-1)));
        Assert.True(chargeband.AcceptsSignUps(Today.AddYears(10)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void AcceptsSignUps_UntilTheUsageCapIsReached(int signUps, bool accepted)
    {
        var chargeband = new ChargebandBuilder()
            .WithSettings(new OnlineSettings("Capped03", false, InviteCodeUsageCap: 3))
            .WithSignUpsCounted(signUps)
            .Build();

        Assert.Equal(accepted, chargeband.AcceptsSignUps(Today));
    }
}
