using PatientPortal.Core.SignUp;

namespace PatientPortal.Web.SignUp;

/// <summary>The registration form's fields; the same names are used by the JSON API and the error keys.</summary>
public sealed class RegistrationForm
{
    public string? InviteCode { get; set; }

    public string? Title { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Email { get; set; }

    public string? Mobile { get; set; }

    public string? Password { get; set; }

    public bool AcceptPrivacyPolicy { get; set; }

    public string? PrivacyPolicyVersion { get; set; }

    public SignUpCommand ToCommand() =>
        new(InviteCode, Title, GivenName, FamilyName, DateOfBirth, Email, Mobile, Password, AcceptPrivacyPolicy, PrivacyPolicyVersion);
}
