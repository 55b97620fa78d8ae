using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;

namespace PatientPortal.Core.SignUp;

/// <summary>Turns a submitted registration form into validated details, or every problem with it.</summary>
public sealed class RegistrationValidator(PasswordPolicy passwordPolicy, PracticeClock clock, IOptions<PracticeOptions> practice)
{
    public const int MaximumNameLength = PersonName.MaximumLength;
    public const int MaximumTitleLength = 20;

    public Result<PatientDetails> Validate(SignUpCommand command)
    {
        var errors = new ValidationErrors();
        string? title = null;
        if (!string.IsNullOrWhiteSpace(command.Title) && !PersonName.TryNormalize(command.Title, out title, out var titleProblem, MaximumTitleLength))
        {
            errors.Add("title", titleProblem == NameProblem.TooLong
                ? $"A title has at most {MaximumTitleLength} characters."
                : $"Your title {HiddenCharacters.FieldMessage}");
        }

        var givenName = RequireName(command.GivenName, "givenName", "given name", errors);
        var familyName = RequireName(command.FamilyName, "familyName", "family name", errors);
        if (familyName is not null && FamilyName.Normalize(familyName).Length == 0)
        {
            errors.Add("familyName", "Enter your family name using letters.");
        }

        var today = clock.Today;
        if (command.DateOfBirth is not { } dateOfBirth)
        {
            errors.Add("dateOfBirth", "Enter your date of birth.");
            dateOfBirth = default;
        }
        else if (dateOfBirth > today)
        {
            errors.Add("dateOfBirth", "Your date of birth must be in the past.");
        }
        else if (dateOfBirth < today.AddYears(-130))
        {
            errors.Add("dateOfBirth", "Check the year of your date of birth.");
        }

        if (!EmailAddress.TryNormalize(command.Email, out var email))
        {
            errors.Add("email", string.IsNullOrWhiteSpace(command.Email)
                ? "Enter your email address: we send the link to finish signing up to it."
                : "Enter an email address in the form name@example.com.");
        }

        if (!MobileNumber.TryNormalize(command.Mobile, practice.Value.PhoneRegion, out var mobile, out var mobileError))
        {
            errors.Add("mobile", mobileError);
        }

        foreach (var problem in passwordPolicy.Check(command.Password, command.GivenName, command.FamilyName, command.Email))
        {
            errors.Add("password", problem);
        }

        if (!command.AcceptPrivacyPolicy)
        {
            errors.Add("acceptPrivacyPolicy", "Read and accept the privacy policy to create an account.");
        }
        else if (!string.Equals(command.PrivacyPolicyVersion, practice.Value.PrivacyPolicyVersion, StringComparison.Ordinal))
        {
            errors.Add("acceptPrivacyPolicy", "The privacy policy has changed since this page was opened. Read the current version and accept it.");
        }

        if (errors.Any)
        {
            return Failure.Invalid(errors);
        }

        return new PatientDetails(title, givenName!, familyName!, dateOfBirth, email, mobile);
    }

    private static string? RequireName(string? value, string field, string label, ValidationErrors errors)
    {
        if (PersonName.TryNormalize(value, out var name, out var problem))
        {
            return name;
        }

        errors.Add(field, problem switch
        {
            NameProblem.Missing => $"Enter your {label}.",
            NameProblem.TooLong => $"Your {label} can have at most {MaximumNameLength} characters.",
            _ => $"Your {label} {HiddenCharacters.FieldMessage}",
        });
        return null;
    }
}
