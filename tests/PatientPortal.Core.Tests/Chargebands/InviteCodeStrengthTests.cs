using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Chargebands;

/// <summary>The practice is "Riverside Dental"; the listed passwords include welcome, password and dragon.</summary>
public sealed class InviteCodeStrengthTests
{
    [Theory]
    [InlineData("Welcome123")]
    [InlineData("Spring2026")]
    [InlineData("2026Spring")]
    [InlineData("Staff-2026")]
    [InlineData("KXQPMR47")]
    public void Weaknesses_OfAWordAndANumber_SayWhy(string code) =>
        Assert.Contains("a word and a number", Assert.Single(Weaknesses(code), reason => reason.Contains("word and a number", StringComparison.Ordinal)), StringComparison.Ordinal);

    [Theory]
    [InlineData("abcdefgh", "the sequence \"abcdefgh\"")]
    [InlineData("98765432", "the sequence \"98765432\"")]
    [InlineData("qwertyuiop", "the sequence \"qwertyuiop\"")]
    [InlineData("Dragon-K7Q", "the common password \"dragon\"")]
    [InlineData("asdfghjk", "the sequence \"asdfghjk\"")]
    [InlineData("aaaaaaaa", "the repeated \"aaaaaaaa\"")]
    [InlineData("Zz-Zz-Zz-Zz", "the repeated \"zzzzzzzz\"")]
    [InlineData("P4ssw0rd-9X", "the common password \"p4ssw0rd\"")]
    [InlineData("Riverside-Dental-7", "\"riversidedental\" from the practice's or chargeband's name")]
    [InlineData("Dental-K7Q", "\"dental\" from the practice's or chargeband's name")]
    [InlineData("Welcome-Welcome", "the common password \"welcome\"")]
    [InlineData("1999-2026-ab", "the year 1999")]
    public void Weaknesses_OfPredictablePieces_NameThem(string code, string piece) =>
        Assert.Contains(Weaknesses(code), reason => reason.Contains(piece, StringComparison.Ordinal));

    [Fact]
    public void Weaknesses_OfOnlyDigits_SayTheyAreTooFewToGuess() =>
        Assert.Equal(["it has too few characters that are hard to guess"], Weaknesses("73947184"));

    [Fact]
    public void Weaknesses_CountTheChargebandsNameAsPredictable()
    {
        Assert.True(InviteCode.TryCreate("Selfpay-K7Q", out var code, out _));

        Assert.Empty(TestInviteCodes.Strength.Weaknesses(code));
        Assert.Contains(TestInviteCodes.Strength.Weaknesses(code, "Self-pay"), reason => reason.Contains("\"selfpay\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("K7PQM3XRTW")]
    [InlineData("HMZQTWBK")]
    [InlineData("k7pq-m3xr-tw")]
    [InlineData("correct-horse-battery-staple")]
    public void Weaknesses_OfCodesHardToGuess_AreNone(string code) =>
        Assert.Empty(Weaknesses(code));

    [Fact]
    public void Generate_GivesTenUnambiguousCharacters_ThatAreNeverGuessable_AndNeverTheSame()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => TestInviteCodes.Strength.Generate()).ToList();

        Assert.All(codes, code =>
        {
            Assert.Equal(10, code.Value.Length);
            Assert.All(code.Value, c => Assert.Contains(c, InviteCodeStrength.GeneratedAlphabet));
            Assert.Empty(TestInviteCodes.Strength.Weaknesses(code));
        });
        Assert.Equal(codes.Count, codes.Select(code => code.Normalized).Distinct().Count());
        Assert.DoesNotContain(InviteCodeStrength.GeneratedAlphabet, c => c is '0' or 'O' or '1' or 'I' or 'L');
    }

    private static IReadOnlyList<string> Weaknesses(string value)
    {
        Assert.True(InviteCode.TryCreate(value, out var code, out var error), error);
        return TestInviteCodes.Strength.Weaknesses(code);
    }
}
