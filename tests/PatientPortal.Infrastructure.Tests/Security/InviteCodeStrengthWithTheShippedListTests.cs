using Microsoft.Extensions.Options;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Practice;
using PatientPortal.Infrastructure.Security;

namespace PatientPortal.Infrastructure.Tests.Security;

/// <summary>The invite-code rules over the common-password list the package ships, for the demo practice.</summary>
public sealed class InviteCodeStrengthWithTheShippedListTests
{
    private readonly InviteCodeStrength _strength = new(new EmbeddedCommonPasswords(), Options.Create(new PracticeOptions { Name = "Riverside Private Clinic" }));

    [Theory]
    [InlineData("Welcome123")] // the demo's code
    [InlineData("ACME2026")]
    [InlineData("Wellbeing-24")]
    [InlineData("Summer-Summer")]
    [InlineData("monkey-dragon")]
    [InlineData("iloveyou-99")]
    [InlineData("Riverside-Clinic")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("trustno1-trustno1")]
    public void CodesMadeOfListedPasswordsAndNames_AreGuessable(string value)
    {
        Assert.True(InviteCode.TryCreate(value, out var code, out _));

        Assert.NotEmpty(_strength.Weaknesses(code));
    }

    [Theory]
    [InlineData("K7PQM3XRTW")]
    [InlineData("Tq8-Vz4-Mw9")]
    [InlineData("HMZQTWBKRN")]
    public void RandomLookingCodes_AreNot(string value)
    {
        Assert.True(InviteCode.TryCreate(value, out var code, out _));

        Assert.Empty(_strength.Weaknesses(code));
    }

    [Fact]
    public void GeneratedCodes_AreNeverGuessable() =>
        Assert.All(Enumerable.Range(0, 200).Select(_ => _strength.Generate()), code => Assert.Empty(_strength.Weaknesses(code)));
}
