using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Chargebands;

public sealed class ChargebandOnlineSettingsTests
{
    private static readonly DateTimeOffset Later = ChargebandBuilder.Now.AddHours(1);

    [Fact]
    public void ConfigureOnlineSettings_WhileOnlineBookingIsDisabled_IsAConflict_AndStoresNothing()
    {
        var chargeband = new ChargebandBuilder().WithoutOnlineBooking().Build();

        var result = chargeband.ConfigureOnlineSettings(new OnlineSettings("Welcome123", AllowOnlineMessaging: true), Later);

        Assert.Equal(OperationStatus.Conflict, result.Status);
        Assert.False(chargeband.HasOnlineSettings);
        Assert.Null(chargeband.InviteCode);
        Assert.False(chargeband.AllowOnlineMessaging);
    }

    [Fact]
    public void ConfigureOnlineSettings_AfterOnlineBookingWasDisabled_IsAConflict_AndKeepsTheOldSettings()
    {
        var chargeband = new ChargebandBuilder().DisabledAfterConfiguring().Build();

        var result = chargeband.ConfigureOnlineSettings(new OnlineSettings("Other2026", AllowOnlineMessaging: true), Later);

        Assert.Equal(OperationStatus.Conflict, result.Status);
        Assert.Equal("Welcome123", chargeband.InviteCode);
    }

    [Fact]
    public void ConfigureOnlineSettings_StoresTheCodeAsTypedAndNormalized()
    {
        var chargeband = new ChargebandBuilder().WithoutOnlineBooking().Build();
        chargeband.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, Later);

        var settings = new OnlineSettings(" Spring-2026 ", true, new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 31), 50);
        ResultAssert.Succeeded(chargeband.ConfigureOnlineSettings(settings, Later));

        Assert.True(chargeband.HasOnlineSettings);
        Assert.Equal("Spring-2026", chargeband.InviteCode);
        Assert.Equal("SPRING-2026", chargeband.InviteCodeNormalized);
        Assert.Equal(new DateOnly(2026, 3, 1), chargeband.InviteCodeValidFrom);
        Assert.Equal(new DateOnly(2026, 5, 31), chargeband.InviteCodeValidUntil);
        Assert.Equal(50, chargeband.InviteCodeUsageCap);
        Assert.True(chargeband.AllowOnlineMessaging);
        Assert.Equal(Later, chargeband.UpdatedAt);
    }

    [Fact]
    public void ConfigureOnlineSettings_RefusesAnInvalidCode()
    {
        var chargeband = new ChargebandBuilder().Build();

        var messages = ResultAssert.InvalidOn(chargeband.ConfigureOnlineSettings(new OnlineSettings("no!", false), Later), "inviteCode");

        Assert.Single(messages);
        Assert.Equal("Welcome123", chargeband.InviteCode);
    }

    [Fact]
    public void ConfigureOnlineSettings_RefusesAnEndDateBeforeTheStartDate()
    {
        var chargeband = new ChargebandBuilder().Build();
        var settings = new OnlineSettings("Welcome123", false, new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 1));

        ResultAssert.InvalidOn(chargeband.ConfigureOnlineSettings(settings, Later), "inviteCodeValidUntil");
        Assert.Null(chargeband.InviteCodeValidFrom);
    }

    [Fact]
    public void ConfigureOnlineSettings_AcceptsACodeValidForOneDay()
    {
        var chargeband = new ChargebandBuilder().Build();
        var day = new DateOnly(2026, 6, 1);

        ResultAssert.Succeeded(chargeband.ConfigureOnlineSettings(new OnlineSettings("Welcome123", false, day, day), Later));
        Assert.True(chargeband.AcceptsSignUps(day));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ConfigureOnlineSettings_RefusesAUsageCapBelowOne(int cap)
    {
        var chargeband = new ChargebandBuilder().Build();

        ResultAssert.InvalidOn(chargeband.ConfigureOnlineSettings(new OnlineSettings("Welcome123", false, InviteCodeUsageCap: cap), Later), "inviteCodeUsageCap");
    }

    [Fact]
    public void ConfigureOnlineSettings_AcceptsAUsageCapOfOne()
    {
        var chargeband = new ChargebandBuilder().Build();

        ResultAssert.Succeeded(chargeband.ConfigureOnlineSettings(new OnlineSettings("Welcome123", false, InviteCodeUsageCap: 1), Later));
        Assert.Equal(1, chargeband.InviteCodeUsageCap);
    }

    [Fact]
    public void ConfigureOnlineSettings_ReportsEveryProblemAtOnce()
    {
        var chargeband = new ChargebandBuilder().Build();
        var settings = new OnlineSettings("x", false, new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 1), 0);

        ResultAssert.InvalidOn(chargeband.ConfigureOnlineSettings(settings, Later), "inviteCode", "inviteCodeValidUntil", "inviteCodeUsageCap");
    }

    [Fact]
    public void ConfigureOnlineSettings_WithANewCode_StartsTheSignUpCountAgain()
    {
        var chargeband = new ChargebandBuilder().WithSignUpsCounted(7).Build();

        ResultAssert.Succeeded(chargeband.ConfigureOnlineSettings(new OnlineSettings("Autumn2026", false), Later));

        Assert.Equal(0, chargeband.InviteCodeSignUpCount);
    }

    [Fact]
    public void ConfigureOnlineSettings_WithTheSameCodeInAnotherCase_KeepsTheSignUpCount()
    {
        var chargeband = new ChargebandBuilder().WithSignUpsCounted(7).Build();

        ResultAssert.Succeeded(chargeband.ConfigureOnlineSettings(new OnlineSettings("WELCOME123", true), Later));

        Assert.Equal(7, chargeband.InviteCodeSignUpCount);
        Assert.Equal("WELCOME123", chargeband.InviteCode);
        Assert.True(chargeband.AllowOnlineMessaging);
    }

    [Fact]
    public void ConfigureOnlineSettings_WithoutACode_ClearsTheCodeAndTheCount()
    {
        var chargeband = new ChargebandBuilder().WithSignUpsCounted(3).Build();

        ResultAssert.Succeeded(chargeband.ConfigureOnlineSettings(new OnlineSettings("  ", AllowOnlineMessaging: true), Later));

        Assert.True(chargeband.HasOnlineSettings);
        Assert.Null(chargeband.InviteCode);
        Assert.Null(chargeband.InviteCodeNormalized);
        Assert.Equal(0, chargeband.InviteCodeSignUpCount);
    }

    [Fact]
    public void ConfigureOnlineSettings_WithWeaknessesOfANewCode_ReportsThemWithEveryOtherProblem_AndTheMarker()
    {
        var chargeband = new ChargebandBuilder().Build();
        var settings = new OnlineSettings("Autumn2026", false, new DateOnly(2026, 6, 2), new DateOnly(2026, 6, 1));

        var result = chargeband.ConfigureOnlineSettings(settings, Later, ["it is a word and a number"]);

        ResultAssert.InvalidOn(result, "inviteCode", "inviteCodeValidUntil");
        Assert.Equal(true, result.Failure!.Extensions![GuessableInviteCode.Marker]);
        Assert.Equal("Welcome123", chargeband.InviteCode);
    }
}
