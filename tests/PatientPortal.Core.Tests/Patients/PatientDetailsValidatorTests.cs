using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Patients;

/// <summary>The one check of a person's details, shared by sign-up and the practice's registrations.</summary>
public sealed class PatientDetailsValidatorTests
{
    private static readonly PatientDetailsForm Valid = new(" Dr ", " Mary ", " O'Higgins ", new DateOnly(1980, 4, 12), " Mary@Example.com ", "07400 123456");
    private readonly PatientDetailsValidator _validator = new(TestPractice.Clock(new FakeTimeProvider(TestPractice.Now)), TestPractice.Options);

    [Theory]
    [InlineData(PatientDetailsAuthor.Patient)]
    [InlineData(PatientDetailsAuthor.Practice)]
    public void Validate_NormalisesTheDetailsAlike_WhoeverFilledTheFormIn(PatientDetailsAuthor author)
    {
        var errors = new ValidationErrors();

        var details = _validator.Validate(Valid, author, errors);

        Assert.False(errors.Any);
        Assert.Equal(new PatientDetails("Dr", "Mary", "O'Higgins", new DateOnly(1980, 4, 12), "Mary@Example.com", "+447400123456"), details);
    }

    [Theory]
    [InlineData(PatientDetailsAuthor.Patient)]
    [InlineData(PatientDetailsAuthor.Practice)]
    public void Validate_RefusesTheSameProblems_OnTheSameFields_WhoeverFilledTheFormIn(PatientDetailsAuthor author)
    {
        var form = Valid with
        {
            Title = new string('T', PatientDetails.MaximumTitleLength + 1),
            GivenName = "Ma\u200Bry",
            FamilyName = new string('f', PatientDetails.MaximumNameLength + 1),
            DateOfBirth = TestPractice.Today.AddYears(-130).AddDays(-1),
            Email = "mary@localhost",
            Mobile = "0121 234 5678",
        };
        var errors = new ValidationErrors();

        Assert.Null(_validator.Validate(form, author, errors));
        Assert.Equal(["dateOfBirth", "email", "familyName", "givenName", "mobile", "title"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_RequiresEmailAndMobile_OnlyFromThePatient()
    {
        var form = Valid with { Email = " ", Mobile = null };
        var fromPatient = new ValidationErrors();
        var fromPractice = new ValidationErrors();

        _validator.Validate(form, PatientDetailsAuthor.Patient, fromPatient);
        var details = _validator.Validate(form, PatientDetailsAuthor.Practice, fromPractice);

        Assert.Equal(["email", "mobile"], fromPatient.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.False(fromPractice.Any);
        Assert.Null(details!.Email);
        Assert.Null(details.Mobile);
    }

    [Theory]
    [InlineData(PatientDetailsAuthor.Patient, "Your date of birth must be in the past.", "Your given name contains")]
    [InlineData(PatientDetailsAuthor.Practice, "Enter a date of birth in the past.", "The given name contains")]
    public void Validate_WordsEachProblemForWhoeverFilledTheFormIn(PatientDetailsAuthor author, string dateOfBirth, string givenName)
    {
        var errors = new ValidationErrors();

        _validator.Validate(Valid with { DateOfBirth = TestPractice.Today.AddDays(1), GivenName = "Ma\u200Bry" }, author, errors);

        var messages = errors.ToDictionary();
        Assert.Equal(dateOfBirth, Assert.Single(messages["dateOfBirth"]));
        Assert.StartsWith(givenName, Assert.Single(messages["givenName"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReturnsNoDetails_WhenTheFormAlreadyHadAProblem()
    {
        var errors = new ValidationErrors();
        errors.Add("password", "Too short.");

        Assert.Null(_validator.Validate(Valid, PatientDetailsAuthor.Patient, errors));
    }
}
