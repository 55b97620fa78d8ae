using Microsoft.Extensions.Options;
using Moq;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Security;

public sealed class PasswordPolicyTests
{
    private const string Passphrase = "lantern quarry mosaic thimble";
    private readonly Mock<ICommonPasswords> _commonPasswords = new();
    private readonly PasswordPolicy _policy;

    public PasswordPolicyTests()
    {
        _policy = new PasswordPolicy(_commonPasswords.Object, Options.Create(new PasswordOptions { MinimumLength = 15, MaximumLength = 256 }), TestPractice.Options);
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
        Assert.Contains("at least 15 characters", Assert.Single(_policy.Check("lantern quarry")), StringComparison.Ordinal);
        Assert.Empty(_policy.Check("lantern quarry!"));
    }

    [Fact]
    public void Check_CountsEachEmojiAsOneCharacter()
    {
        const string fifteenEmoji = "🦷🪥😁🍎🥦🧀🥕🍋🫐🍇🍓🥝🍌🍒🥥";
        var fourteenEmoji = fifteenEmoji[..28];
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
        var longest = string.Concat(Enumerable.Range(0, 256).Select(i => (char)('a' + (i * 7 % 26))));
        Assert.Empty(_policy.Check(longest));
        Assert.Equal("Your password can have at most 256 characters.", Assert.Single(_policy.Check(longest + "z")));
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

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaa")]
    [InlineData("passwordpassword")]
    [InlineData("lantern lantern lantern")]
    [InlineData("abcabcabcabcabcabc")]
    public void Check_RefusesAShortUnitRepeated(string password)
    {
        var problem = Assert.Single(_policy.Check(password));

        Assert.Equal("Your password repeats the same few characters or words, which is as easy to guess as saying them once. Use a few different, unrelated words.", problem);
    }

    [Theory]
    [InlineData("123456789012345")]
    [InlineData("abcdefghijklmnop")]
    [InlineData("qwertyuiopasdfghjkl")]
    [InlineData("1qaz2wsx3edc4rfv")]
    [InlineData("zyxwvutsrqponmlk")]
    [InlineData("9876543210 abcdefg")]
    [InlineData("aaaa bbbb cccc dddd x")]
    public void Check_RefusesAPasswordMostlyMadeOfSequencesOrRuns(string password)
    {
        var problem = Assert.Single(_policy.Check(password));

        Assert.Equal("Your password is mostly a sequence such as 12345, abcde or qwerty, or one character repeated. Use a few unrelated words instead.", problem);
    }

    [Theory]
    [InlineData("defeat the stuffy hijackers")]
    [InlineData("my 1234 garden gnomes are happy")]
    [InlineData("a long walk a long walk a long walk home")]
    public void Check_AcceptsAPassphraseWithAShortSequenceOrRepeatInside(string password)
    {
        Assert.Empty(_policy.Check(password));
    }

    [Theory]
    [InlineData("Password-Password!")]
    [InlineData("P a s s w o r d 1 2 3")]
    [InlineData("PASSWORD_2026_PASSWORD_2026")]
    [InlineData("ｐａｓｓｗｏｒｄｐａｓｓｗｏｒｄ")]
    public void Check_NormalisesCaseWidthSpacingPunctuationAndADigitSuffix_BeforeTheListCheck(string password)
    {
        _commonPasswords.Setup(list => list.Contains("password")).Returns(true);

        var problem = Assert.Single(_policy.Check(password));

        Assert.Contains("most common passwords", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RefusesAPersonalNameHiddenBySpacesOrPunctuation()
    {
        var problem = Assert.Single(_policy.Check("s-i-o-b-h-a-n by the sea", "Siobhan", "Kelly", "sk@example.com"));

        Assert.Equal("Your password must not contain your name or email address.", problem);
    }

    [Theory]
    [InlineData("riverside dental")]
    [InlineData("Riverside-Dental-2026!")]
    [InlineData("dental riverside riverside")]
    public void Check_RefusesAPasswordMostlyMadeOfThePracticeName(string password)
    {
        var problem = Assert.Single(_policy.Check(password));

        Assert.Equal("Your password is mostly the practice's name, which is one of the first things someone would try. Add a few unrelated words of your own.", problem);
    }

    [Fact]
    public void Check_RefusesTheDemoPracticeName_RiversidePrivateClinic()
    {
        var policy = new PasswordPolicy(_commonPasswords.Object, Options.Create(new PasswordOptions()), Options.Create(new PracticeOptions { Name = "Riverside Private Clinic" }));

        Assert.Single(policy.Check("riverside private clinic"));
        Assert.Single(policy.Check("clinic private 123 clinic"));
        Assert.Empty(policy.Check("riverside demo password"));
    }

    [Fact]
    public void Check_RefusesAPasswordMostlyMadeOfTheConfiguredContextWords()
    {
        var policy = new PasswordPolicy(_commonPasswords.Object, Options.Create(new PasswordOptions { ContextWords = ["Kilkenny", "Patrick Street"] }), TestPractice.Options);

        Assert.Single(policy.Check("kilkenny patrick street"));
        Assert.Empty(policy.Check("kilkenny lantern quarry mosaic"));
    }
}
