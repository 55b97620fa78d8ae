using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;

namespace PatientPortal.Core.SignUp;

/// <summary>
/// Turns a submitted registration form into validated details, or every problem with it: the details as every
/// registration checks them (<see cref="PatientDetailsValidator"/>), then what only sign-up asks, the password and the privacy policy.
/// </summary>
public sealed class RegistrationValidator(PasswordPolicy passwordPolicy, PatientDetailsValidator details, IOptions<PracticeOptions> practice)
{
    public Result<PatientDetails> Validate(SignUpCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new ValidationErrors();
        var form = new PatientDetailsForm(command.Title, command.GivenName, command.FamilyName, command.DateOfBirth, command.Email, command.Mobile);
        var validated = details.Validate(form, PatientDetailsAuthor.Patient, errors);
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

        return errors.Any ? Failure.Invalid(errors) : validated!;
    }
}
