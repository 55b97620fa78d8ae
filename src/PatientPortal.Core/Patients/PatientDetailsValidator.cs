using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Patients;

/// <summary>
/// The one check of a person's details, wherever a patient is registered (sign-up, the practice): names and title
/// (<see cref="PersonName"/>), a date of birth in the past and within 130 years, email and mobile normalised. The
/// <see cref="PatientDetailsAuthor"/> words each problem for whoever filled the form in.
/// </summary>
public sealed class PatientDetailsValidator(PracticeClock clock, IOptions<PracticeOptions> practice)
{
    /// <summary>Adds every problem with the details to <paramref name="errors"/>; the normalised details, or null once <paramref name="errors"/> holds any problem.</summary>
    public PatientDetails? Validate(PatientDetailsForm form, PatientDetailsAuthor author, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(errors);
        var words = PatientDetailsWords.For(author);
        string? title = null;
        if (!string.IsNullOrWhiteSpace(form.Title) && !PersonName.TryNormalize(form.Title, out title, out var titleProblem, PatientDetails.MaximumTitleLength))
        {
            errors.Add("title", titleProblem == NameProblem.TooLong
                ? $"A title has at most {PatientDetails.MaximumTitleLength} characters."
                : words.TitleWithHiddenCharacter);
        }

        var givenName = Name(form.GivenName, "givenName", "given name", words, errors);
        var familyName = Name(form.FamilyName, "familyName", "family name", words, errors);
        if (familyName is not null && words.FamilyNameWithoutLetters is { } withoutLetters && FamilyName.Normalize(familyName).Length == 0)
        {
            errors.Add("familyName", withoutLetters);
        }

        var dateOfBirth = DateOfBirth(form.DateOfBirth, words, errors);
        var email = Email(form.Email, words, errors);
        var mobile = Mobile(form.Mobile, words, errors);
        return errors.Any ? null : new PatientDetails(title, givenName!, familyName!, dateOfBirth, email, mobile);
    }

    private static string? Name(string? value, string field, string label, PatientDetailsWords words, ValidationErrors errors)
    {
        if (PersonName.TryNormalize(value, out var name, out var problem))
        {
            return name;
        }

        errors.Add(field, words.Name(label, problem));
        return null;
    }

    private DateOnly DateOfBirth(DateOnly? value, PatientDetailsWords words, ValidationErrors errors)
    {
        var today = clock.Today;
        var problem = value switch
        {
            null => DateOfBirthProblem.Missing,
            { } date when date > today => DateOfBirthProblem.InTheFuture,
            { } date when date < today.AddYears(-130) => DateOfBirthProblem.TooLongAgo,
            _ => (DateOfBirthProblem?)null,
        };
        if (problem is { } found)
        {
            errors.Add("dateOfBirth", words.DateOfBirth(found));
        }

        return value ?? default;
    }

    private static string? Email(string? value, PatientDetailsWords words, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value) && !words.ContactRequired)
        {
            return null;
        }

        if (EmailAddress.TryNormalize(value, out var email))
        {
            return email;
        }

        errors.Add("email", string.IsNullOrWhiteSpace(value) ? words.EmailMissing : words.EmailInvalid);
        return null;
    }

    private string? Mobile(string? value, PatientDetailsWords words, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value) && !words.ContactRequired)
        {
            return null;
        }

        if (MobileNumber.TryNormalize(value, practice.Value.PhoneRegion, out var mobile, out var error))
        {
            return mobile;
        }

        errors.Add("mobile", error);
        return null;
    }
}
