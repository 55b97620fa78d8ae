using Microsoft.Extensions.Options;
using Moq;
using PatientPortal.Core.Security;

namespace PatientPortal.Core.Tests.Security;

public sealed class PasswordPolicyTests
{
    private const string Passphrase = "lantern quarry mosaic thimble";
    private readonly Mock<ICommonPasswords> _commonPasswords = new();
    private readonly PasswordPolicy _policy;

    public PasswordPolicyTests()
    {
        _policy = new PasswordPolicy(_commonPasswords.Object, Options.Create(new PasswordOptions { MinimumLength = 15, MaximumLength = 256 }));
    }

    [Fact]
    public void Check_AcceptsALongLowerCasePassphrase_WithNoCompositionRules()
    {
        Assert.Empty(_policy.Check(Passphrase, "Mary", "O'Higgins", "mary@example.com"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_AsksForAPasswordWhenNoneIsGiven(string? password)
    {
        Assert.Equal("Choose a password of at least 15 characters.", Assert.Single(_policy.Check(password)));
    }

    [Fact]
    public void Check_RefusesFourteenCharacters_AndAcceptsFifteen()
    {
        Assert.Contains("at least 15 characters", Assert.Single(_policy.Check(new string('q', 14))), StringComparison.Ordinal);
        Assert.Empty(_policy.Check(new string('q', 15)));
    }

    [Fact]
    public void Check_CountsEachEmojiAsOneCharacter()
    {
        var fourteenEmoji = string.Concat(Enumerable.Repeat("🦷", 14));
        var fifteenEmoji = string.Concat(Enumerable.Repeat("🦷", 15));
        Assert.Equal(28, fourteenEmoji.Length);

        Assert.Single(_policy.Check(fourteenEmoji));
        Assert.Empty(_policy.Check(fifteenEmoji));
    }

    [Fact]
    public void Check_AcceptsASixtyFourCharacterPassword()
    {
        var password = string.Concat(Enumerable.Repeat("a long walk ", 5)) + "home";
        Assert.Equal(64, password.Length);

        Assert.Empty(_policy.Check(password));
    }

    [Fact]
    public void Check_AcceptsTheMaximumLength_AndRefusesOneMore()
    {
        Assert.Empty(_policy.Check(new string('z', 256)));
        Assert.Equal("Your password can have at most 256 characters.", Assert.Single(_policy.Check(new string('z', 257))));
    }

    [Fact]
    public void Check_RefusesACommonPassword()
    {
        _commonPasswords.Setup(list => list.Contains("iloveyou12345678")).Returns(true);

        var problem = Assert.Single(_policy.Check("iloveyou12345678"));

        Assert.Contains("most common passwords", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RefusesAPasswordContainingTheGivenName_InAnyCase()
    {
        var problem = Assert.Single(_policy.Check("SIOBHAN by the sea shore", "Siobhan", "Kelly", "sk@example.com"));

        Assert.Equal("Your password must not contain your name or email address.", problem);
    }

    [Fact]
    public void Check_RefusesAPasswordContainingTheFamilyName()
    {
        Assert.Single(_policy.Check("the o'higgins family home", "Mary", "O'Higgins", null));
    }

    [Fact]
    public void Check_RefusesAPasswordContainingTheEmailLocalPart()
    {
        Assert.Single(_policy.Check("my name is maeve.kelly77 ok", "Maeve", "Kelly", "maeve.kelly77@example.com"));
    }

    [Fact]
    public void Check_AllowsTheEmailDomain_WhichIsNotPersonal()
    {
        Assert.Empty(_policy.Check("i read example.com daily", "Maeve", "Kelly", "mk@example.com"));
    }

    [Fact]
    public void Check_IgnoresPersonalWordsShorterThanFourCharacters()
    {
        Assert.Empty(_policy.Check("totally normal phrase here", "Al", "Ng", "al@example.com"));
    }

    [Fact]
    public void Check_ReportsLengthAndCommonnessTogether()
    {
        _commonPasswords.Setup(list => list.Contains("password")).Returns(true);

        Assert.Equal(2, _policy.Check("password").Count);
    }
}
