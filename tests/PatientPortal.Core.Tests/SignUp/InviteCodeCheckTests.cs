using Moq;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.SignUp;

public sealed class InviteCodeCheckTests
{
    private readonly AccountHarness _harness = new();

    public InviteCodeCheckTests()
    {
        Register(new ChargebandBuilder().WithSettings(new OnlineSettings("Paused01", false)).DisabledAfterConfiguring().Build());
        Register(new ChargebandBuilder().WithSettings(new OnlineSettings("Expired1", false, InviteCodeValidUntil: TestPractice.Today.AddDays(-1))).Build());
        Register(new ChargebandBuilder().WithSettings(new OnlineSettings("Early001", false, InviteCodeValidFrom: TestPractice.Today.AddDays(1))).Build());
        Register(new ChargebandBuilder().WithSettings(new OnlineSettings("Full0001", false, InviteCodeUsageCap: 1)).WithSignUpsCounted(1).Build());
    }

    [Fact]
    public async Task CheckInviteCode_FindsTheCodeWithoutRegardToCase_AndShowsItAsTheAdminTypedIt()
    {
        var check = ResultAssert.Succeeded(await _harness.SignUpService().CheckInviteCodeAsync(" wElCoMe123 ", CancellationToken.None));

        Assert.Equal(new InviteCodeCheck(_harness.Chargeband.Id, "Welcome123", "Private patients"), check);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task CheckInviteCode_ThatIsEmpty_AsksForTheCode_RatherThanCallingItWrong(string? code)
    {
        var result = await _harness.SignUpService().CheckInviteCodeAsync(code, CancellationToken.None);

        Assert.Equal(SignUpService.MissingCodeMessage, Assert.Single(ResultAssert.InvalidOn(result, "inviteCode")));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("not a code!")]
    [InlineData("Unknown1")]
    [InlineData("Paused01")]
    [InlineData("Expired1")]
    [InlineData("Early001")]
    [InlineData("Full0001")]
    public async Task CheckInviteCode_GivesOneMessageForEveryUnusableCode(string? code)
    {
        var result = await _harness.SignUpService().CheckInviteCodeAsync(code, CancellationToken.None);

        Assert.Equal(SignUpService.InvalidCodeMessage, Assert.Single(ResultAssert.InvalidOn(result, "inviteCode")));
    }

    [Fact]
    public async Task CheckInviteCode_CountsEveryRefusedCode_NamingTheLiveCodeItNearlyWas()
    {
        _harness.LiveCodes.Add(new LiveInviteCode(_harness.Chargeband.Id, "WELCOME123"));
        var service = _harness.SignUpService();

        await service.CheckInviteCodeAsync("Welcome124", CancellationToken.None);
        await service.CheckInviteCodeAsync("Unrelated9", CancellationToken.None);
        await service.CheckInviteCodeAsync("not a code!", CancellationToken.None);
        await service.CheckInviteCodeAsync("Welcome123", CancellationToken.None);

        Assert.Equal([_harness.Chargeband.Id, null, null], _harness.CodeFailures.NearMisses);
    }

    [Fact]
    public async Task CheckInviteCode_StillFindsACodeShorterThanNewCodesMayBe_SavedBeforeTheMinimumWasRaised()
    {
        var legacy = new ChargebandBuilder().WithSettings(new OnlineSettings("Spring26", false)).Build();
        typeof(Chargeband).GetProperty(nameof(Chargeband.InviteCodeNormalized))!.SetValue(legacy, "SPR26");
        typeof(Chargeband).GetProperty(nameof(Chargeband.InviteCode))!.SetValue(legacy, "Spr26");
        Register(legacy);

        var check = ResultAssert.Succeeded(await _harness.SignUpService().CheckInviteCodeAsync("spr26", CancellationToken.None));

        Assert.Equal("Spr26", check.InviteCode);
    }

    [Fact]
    public async Task CheckInviteCode_StartsTheValidDaysAtMidnightInThePracticeTimeZone()
    {
        // 23:30 UTC on 15 June is 00:30 on 16 June in London: the code starting on the 16th works.
        _harness.Time.SetUtcNow(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.Zero));

        Assert.True((await _harness.SignUpService().CheckInviteCodeAsync("Early001", CancellationToken.None)).Succeeded);
    }

    private void Register(Chargeband chargeband) =>
        _harness.Chargebands.Setup(repository => repository.FindByInviteCodeAsync(chargeband.InviteCodeNormalized!, It.IsAny<CancellationToken>())).ReturnsAsync(chargeband);
}
