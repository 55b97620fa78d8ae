using PatientPortal.Core.Chargebands;
using PatientPortal.Core.SignUp;

namespace PatientPortal.Core.Tests.SignUp;

public sealed class InviteCodeNearMissTests
{
    private static readonly LiveInviteCode Real = new(Guid.NewGuid(), "K7PQM3XRTW");
    private static readonly LiveInviteCode Other = new(Guid.NewGuid(), "SPRING-CLINIC");

    [Theory]
    [InlineData("K7PQM3XRTX")] // one character wrong
    [InlineData("K7PQM3XRT")] // one left out
    [InlineData("K7PQ-M3XR-TWW")] // grouped differently, one added
    [InlineData("k7pqm3xrtw")] // the code itself, in another case (e.g. refused because it expired)
    [InlineData("K7PQMZZZZZ")] // the same first half
    [InlineData("K7PQMAAAAAAAAAAAA")]
    public void Of_AGuessCloseToALiveCode_NamesItsChargeband(string guess) =>
        Assert.Equal(Real, InviteCodeNearMiss.Of(guess, [Other, Real]));

    [Theory]
    [InlineData("K7PQ0001ZZ")] // shares only four characters, then differs in more than two
    [InlineData("WELCOME123")]
    [InlineData("")]
    [InlineData(null)]
    public void Of_AGuessFarFromEveryLiveCode_IsNone(string? guess) =>
        Assert.Null(InviteCodeNearMiss.Of(guess, [Other, Real]));

    [Fact]
    public void Of_IgnoresHyphensAndUnderscores_OnBothSides() =>
        Assert.Equal(Other, InviteCodeNearMiss.Of("spring_clinik", [Real, Other]));
}
