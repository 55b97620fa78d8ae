using PatientPortal.Core.Chargebands;

namespace PatientPortal.Core.Tests.Chargebands;

public sealed class InviteCodeTests
{
    [Fact]
    public void TryCreate_KeepsTheCodeAsTyped_AndNormalizesToUpperCase()
    {
        Assert.True(InviteCode.TryCreate("  Welcome-2026_a ", out var code, out var error));
        Assert.Null(error);
        Assert.Equal("Welcome-2026_a", code.Value);
        Assert.Equal("WELCOME-2026_A", code.Normalized);
    }

    [Fact]
    public void Normalize_MakesCodesThatDifferOnlyInCaseEqual()
    {
        Assert.Equal(InviteCode.Normalize("welcome123"), InviteCode.Normalize(" WELCOME123 "));
        Assert.Equal("WELCOME123", InviteCode.Normalize("Welcome123"));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(32)]
    public void TryCreate_AcceptsTheLengthBounds(int length)
    {
        Assert.True(InviteCode.TryCreate(new string('A', length), out var code, out _));
        Assert.Equal(length, code.Value.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ABC")]
    [InlineData("ABCDEFG")]
    [InlineData(" ABCDEF ")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")]
    public void TryCreate_RefusesCodesOutsideEightToThirtyTwoCharacters(string? input)
    {
        Assert.False(InviteCode.TryCreate(input, out var code, out var error));
        Assert.Null(code);
        Assert.Equal("An invite code needs at least 8 characters (and at most 32): anyone can try codes on the sign-up page, so short ones are found quickly.", error);
    }

    [Theory]
    [InlineData("Wel come")]
    [InlineData("Welcome!")]
    [InlineData("Wel.come")]
    [InlineData("Café2026")]
    [InlineData("ÄBCDEFGH")]
    [InlineData("ＡＢＣＤＥＦＧＨ")]
    public void TryCreate_RefusesAnythingButAsciiLettersDigitsHyphensAndUnderscores(string input)
    {
        Assert.False(InviteCode.TryCreate(input, out _, out var error));
        Assert.Equal("An invite code may contain only letters, digits, hyphens and underscores.", error);
    }
}
