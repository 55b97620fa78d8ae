using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Chargebands;

public sealed class ChargebandOnlineBookingTests
{
    private static readonly DateTimeOffset Now = ChargebandBuilder.Now;

    [Fact]
    public void EnableOnlineBooking_AllowAndNotify_InvitesPatientsAutomatically()
    {
        var chargeband = new ChargebandBuilder().WithoutOnlineBooking().Build();

        chargeband.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, Now);

        Assert.True(chargeband.OnlineBookingEnabled);
        Assert.Equal(PatientAccessMode.AllowAndNotify, chargeband.AccessMode);
        Assert.Equal(Now, chargeband.OnlineBookingEnabledAt);
        Assert.True(chargeband.InvitesPatientsAutomatically);
    }

    [Fact]
    public void EnableOnlineBooking_AllowWithNoNotifications_InvitesNobody()
    {
        var chargeband = new ChargebandBuilder().WithoutOnlineBooking().Build();

        chargeband.EnableOnlineBooking(PatientAccessMode.AllowWithNoNotifications, Now);

        Assert.True(chargeband.OnlineBookingEnabled);
        Assert.False(chargeband.InvitesPatientsAutomatically);
    }

    [Fact]
    public void DisableOnlineBooking_StopsInvitations_ButRemembersTheMode()
    {
        var chargeband = new ChargebandBuilder().WithAccessMode(PatientAccessMode.AllowAndNotify).Build();

        chargeband.DisableOnlineBooking(Now.AddDays(1));

        Assert.False(chargeband.OnlineBookingEnabled);
        Assert.False(chargeband.InvitesPatientsAutomatically);
        Assert.Equal(PatientAccessMode.AllowAndNotify, chargeband.AccessMode);
        Assert.Equal(Now.AddDays(1), chargeband.UpdatedAt);
    }

    [Fact]
    public void EnableOnlineBooking_AgainWithTheSameMode_KeepsTheTimeItWasEnabled()
    {
        var chargeband = new ChargebandBuilder().WithoutOnlineBooking().Build();
        chargeband.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, Now);

        chargeband.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, Now.AddDays(1));

        Assert.Equal(Now, chargeband.OnlineBookingEnabledAt);
    }

    [Fact]
    public void EnableOnlineBooking_WithAnotherMode_RestartsTheTimeItWasEnabled()
    {
        var chargeband = new ChargebandBuilder().WithoutOnlineBooking().Build();
        chargeband.EnableOnlineBooking(PatientAccessMode.AllowWithNoNotifications, Now);

        chargeband.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, Now.AddDays(1));

        Assert.Equal(Now.AddDays(1), chargeband.OnlineBookingEnabledAt);
        Assert.True(chargeband.InvitesPatientsAutomatically);
    }

    [Fact]
    public void EnableOnlineBooking_AfterADisable_RestartsTheTimeItWasEnabled()
    {
        var chargeband = new ChargebandBuilder().WithoutOnlineBooking().Build();
        chargeband.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, Now);
        chargeband.DisableOnlineBooking(Now.AddDays(1));

        chargeband.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, Now.AddDays(2));

        Assert.Equal(Now.AddDays(2), chargeband.OnlineBookingEnabledAt);
    }

    [Fact]
    public void DisableOnlineBooking_KeepsTheOnlineSettings_AndReEnablingRestoresTheCode()
    {
        var chargeband = new ChargebandBuilder().DisabledAfterConfiguring().Build();
        var today = new DateOnly(2026, 6, 15);

        Assert.True(chargeband.HasOnlineSettings);
        Assert.Equal("Welcome123", chargeband.InviteCode);
        Assert.False(chargeband.AcceptsSignUps(today));

        chargeband.EnableOnlineBooking(PatientAccessMode.AllowWithNoNotifications, Now);

        Assert.True(chargeband.AcceptsSignUps(today));
    }
}
