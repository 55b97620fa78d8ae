using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.SignUp;

public sealed class RegistrationValidatorTests
{
    private readonly FakeTimeProvider _time = new(TestPractice.Now);
    private readonly Mock<ICommonPasswords> _commonPasswords = new();
    private readonly RegistrationValidator _validator;

    public RegistrationValidatorTests()
    {
        var policy = new PasswordPolicy(_commonPasswords.Object, Options.Create(new PasswordOptions { MinimumLength = 15 }), TestPractice.Options);
        _validator = new RegistrationValidator(policy, new PatientDetailsValidator(TestPractice.Clock(_time), TestPractice.Options), TestPractice.Options);
    }

    [Fact]
    public void Validate_ReturnsTrimmedDetails_WithTheMobileInE164()
    {
        var command = SignUpCommands.Valid() with { Title = " Dr ", GivenName = " Mary ", FamilyName = " O'Higgins ", Email = " Mary@Example.com " };

        var details = ResultAssert.Succeeded(_validator.Validate(command));

        Assert.Equal("Dr", details.Title);
        Assert.Equal("Mary", details.GivenName);
        Assert.Equal("O'Higgins", details.FamilyName);
        Assert.Equal(new DateOnly(1980, 4, 12), details.DateOfBirth);
        Assert.Equal("Mary@Example.com", details.Email);
        Assert.Equal("+447400123456", details.Mobile);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_TreatsABlankTitleAsNone(string? title)
    {
        Assert.Null(ResultAssert.Succeeded(_validator.Validate(SignUpCommands.Valid() with { Title = title })).Title);
    }

    [Fact]
    public void Validate_RefusesATitleOver20Characters()
    {
        ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { Title = new string('T', 21) }), "title");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_RequiresAGivenName(string? givenName)
    {
        var messages = ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { GivenName = givenName }), "givenName");
        Assert.Equal("Enter your given name.", Assert.Single(messages));
    }

    [Fact]
    public void Validate_RefusesAGivenNameOver100Characters()
    {
        ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { GivenName = new string('g', 101) }), "givenName");
    }

    [Fact]
    public void Validate_RequiresAFamilyName()
    {
        var messages = ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { FamilyName = "" }), "familyName");
        Assert.Equal("Enter your family name.", Assert.Single(messages));
    }

    [Fact]
    public void Validate_RefusesAFamilyNameOver100Characters()
    {
        ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { FamilyName = new string('f', 101) }), "familyName");
    }

    [Fact]
    public void Validate_RefusesAFamilyNameWithoutLetters()
    {
        var messages = ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { FamilyName = "'-'" }), "familyName");
        Assert.Equal("Enter your family name using letters.", Assert.Single(messages));
    }

    [Fact]
    public void Validate_RequiresADateOfBirth()
    {
        ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { DateOfBirth = null }), "dateOfBirth");
    }

    [Fact]
    public void Validate_RefusesADateOfBirthInTheFuture()
    {
        var messages = ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { DateOfBirth = TestPractice.Today.AddDays(1) }), "dateOfBirth");
        Assert.Equal("Your date of birth must be in the past.", Assert.Single(messages));
    }

    [Fact]
    public void Validate_AcceptsABabyBornToday()
    {
        Assert.True(_validator.Validate(SignUpCommands.Valid() with { DateOfBirth = TestPractice.Today }).Succeeded);
    }

    [Fact]
    public void Validate_TakesTodayFromThePracticeTimeZone_NotUtc()
    {
        // 23:30 UTC on 15 June is already 00:30 on 16 June in London (BST).
        _time.SetUtcNow(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.Zero));

        Assert.True(_validator.Validate(SignUpCommands.Valid() with { DateOfBirth = new DateOnly(2026, 6, 16) }).Succeeded);
    }

    [Fact]
    public void Validate_RefusesADateOfBirthOver130YearsAgo()
    {
        var messages = ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { DateOfBirth = TestPractice.Today.AddYears(-130).AddDays(-1) }), "dateOfBirth");
        Assert.Equal("Check the year of your date of birth.", Assert.Single(messages));
        Assert.True(_validator.Validate(SignUpCommands.Valid() with { DateOfBirth = TestPractice.Today.AddYears(-130) }).Succeeded);
    }

    [Theory]
    [InlineData(null, "Enter your email address: we send the link to finish signing up to it.")]
    [InlineData(" ", "Enter your email address: we send the link to finish signing up to it.")]
    [InlineData("mary.example.com", "Enter an email address in the form name@example.com.")]
    [InlineData("mary@localhost", "Enter an email address in the form name@example.com.")]
    public void Validate_RequiresAnEmailAddress(string? email, string expected)
    {
        var messages = ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { Email = email }), "email");
        Assert.Equal(expected, Assert.Single(messages));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0121 234 5678")]
    [InlineData("not a number")]
    public void Validate_RequiresAMobileNumber(string? mobile)
    {
        ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { Mobile = mobile }), "mobile");
    }

    [Fact]
    public void Validate_ReadsAMobileWithoutCountryCodeInThePracticeRegion()
    {
        Assert.Equal("+447400123456", ResultAssert.Succeeded(_validator.Validate(SignUpCommands.Valid() with { Mobile = "07400123456" })).Mobile);
    }

    [Fact]
    public void Validate_RefusesAShortPassword()
    {
        ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { Password = "short phrase" }), "password");
    }

    [Fact]
    public void Validate_RefusesAPasswordMadeOfThePatientsOwnName()
    {
        var messages = ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { Password = "mary o'higgins of galway" }), "password");
        Assert.Equal("Your password must not contain your name or email address.", Assert.Single(messages));
    }

    [Fact]
    public void Validate_RefusesACommonPassword()
    {
        _commonPasswords.Setup(list => list.Contains(SignUpCommands.Password)).Returns(true);

        ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid()), "password");
    }

    [Fact]
    public void Validate_RequiresAcceptingThePrivacyPolicy()
    {
        var messages = ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { AcceptPrivacyPolicy = false }), "acceptPrivacyPolicy");
        Assert.Equal("Read and accept the privacy policy to create an account.", Assert.Single(messages));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2025-06")]
    public void Validate_RefusesAcceptanceOfAnotherPrivacyPolicyVersion(string? version)
    {
        var messages = ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { PrivacyPolicyVersion = version }), "acceptPrivacyPolicy");
        Assert.Contains("has changed", Assert.Single(messages), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsEveryProblemAtOnce()
    {
        var empty = new SignUpCommand(null, null, null, null, null, null, null, null, false, null);

        ResultAssert.InvalidOn(_validator.Validate(empty), "givenName", "familyName", "dateOfBirth", "email", "mobile", "password", "acceptPrivacyPolicy");
    }

    [Theory]
    [InlineData("givenName", "Orla\u202E")]
    [InlineData("givenName", "Or\u200Bla")]
    [InlineData("familyName", "Byr\u0000ne")]
    [InlineData("familyName", "\uFEFFByrne")]
    public void Validate_RefusesANameWithAHiddenCharacter_WithAMessageSayingWhat(string field, string value)
    {
        var command = field == "givenName" ? SignUpCommands.Valid() with { GivenName = value } : SignUpCommands.Valid() with { FamilyName = value };

        var message = Assert.Single(ResultAssert.InvalidOn(_validator.Validate(command), field));

        Assert.Equal($"Your {(field == "givenName" ? "given name" : "family name")} contains a character that cannot be seen (such as a zero-width space, a right-to-left mark or a control character). Type it again without copying and pasting.", message);
    }

    [Fact]
    public void Validate_RefusesATitleWithAHiddenCharacter()
    {
        ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { Title = "Dr\u2060" }), "title");
    }

    [Fact]
    public void Validate_RefusesAnIpLiteralEmail()
    {
        ResultAssert.InvalidOn(_validator.Validate(SignUpCommands.Valid() with { Email = "a@[127.0.0.1]" }), "email");
    }
}
