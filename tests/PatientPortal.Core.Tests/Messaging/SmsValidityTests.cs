using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Tests.Messaging;

public sealed class SmsValidityTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ATextWithoutALink_NeedsNoValidity()
    {
        Assert.Null(SmsValidity.For(null, Now));
    }

    [Fact]
    public void ALinkThatExpiresInUnderFourHours_BoundsTheValidityToWhatIsLeftOfIt()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), SmsValidity.For(Now.AddMinutes(15), Now));
        Assert.Equal(TimeSpan.FromHours(4) - TimeSpan.FromSeconds(1), SmsValidity.For(Now.AddHours(4).AddSeconds(-1), Now));
    }

    [Fact]
    public void ALinkThatLastsFourHoursOrMore_IsLeftToTheProvidersDefault()
    {
        Assert.Null(SmsValidity.For(Now.AddHours(4), Now));
        Assert.Null(SmsValidity.For(Now.AddDays(3), Now));
    }

    [Fact]
    public void ALinkAlreadyExpired_GetsNoTimeInTheQueue()
    {
        Assert.Equal(TimeSpan.Zero, SmsValidity.For(Now.AddMinutes(-1), Now));
    }
}
