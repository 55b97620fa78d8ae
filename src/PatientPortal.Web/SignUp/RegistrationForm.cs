using System.Globalization;
using PatientPortal.Core.SignUp;

namespace PatientPortal.Web.SignUp;

/// <summary>The registration form's fields; the same names are used by the JSON API and the error keys.</summary>
public sealed class RegistrationForm
{
    public string? InviteCode { get; set; }

    public string? Title { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    /// <summary>The JSON API's date (ISO 8601). The page sends day, month and year fields instead.</summary>
    public DateOnly? DateOfBirth { get; set; }

    public string? DateOfBirthDay { get; set; }

    public string? DateOfBirthMonth { get; set; }

    public string? DateOfBirthYear { get; set; }

    /// <summary>True when day, month and year were given but make no real date (31 February).</summary>
    public bool DateOfBirthUnreadable => HasDateParts && PartsAsDate() is null;

    private bool HasDateParts => !string.IsNullOrWhiteSpace(DateOfBirthDay) || !string.IsNullOrWhiteSpace(DateOfBirthMonth) || !string.IsNullOrWhiteSpace(DateOfBirthYear);

    public string? Email { get; set; }

    public string? Mobile { get; set; }

    public string? Password { get; set; }

    public bool AcceptPrivacyPolicy { get; set; }

    public string? PrivacyPolicyVersion { get; set; }

    public SignUpCommand ToCommand() =>
        new(InviteCode, Title, GivenName, FamilyName, HasDateParts ? PartsAsDate() : DateOfBirth, Email, Mobile, Password, AcceptPrivacyPolicy, PrivacyPolicyVersion);

    private DateOnly? PartsAsDate() =>
        int.TryParse(DateOfBirthDay, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
        && int.TryParse(DateOfBirthMonth, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && int.TryParse(DateOfBirthYear, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
