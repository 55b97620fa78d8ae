using PatientPortal.Core.Patients;

namespace PatientPortal.Web.Portal.MyDetails;

/// <summary>
/// The "my details" page: contact details, message preferences, password, sign out everywhere. A refused form comes
/// back with what was typed (never a password) and each problem next to its field; the other forms show what is on file.
/// <see cref="ManagedBy"/> names the primary account holder of a family member, who sees this patient's portal items.
/// </summary>
public sealed record MyDetailsPage(
    string? Email,
    string? PendingEmail,
    string LinkLifetime,
    bool SmsOptedOut,
    ContactForm Contact,
    PreferencesForm Preferences,
    int MinimumPasswordLength,
    IReadOnlyList<string> Notices,
    IReadOnlyDictionary<string, string[]> Errors,
    bool PasswordsCleared = false,
    string? ManagedBy = null)
{
    public static MyDetailsPage For(Patient patient, int minimumPasswordLength, string linkLifetime, IReadOnlyList<string> notices)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return new MyDetailsPage(
            patient.Email,
            patient.PendingEmail,
            linkLifetime,
            patient.SmsOptedOutAt is not null,
            new ContactForm(patient.Email, patient.Mobile),
            new PreferencesForm(patient.EmailConsent, patient.SmsConsent),
            minimumPasswordLength,
            notices,
            new Dictionary<string, string[]>());
    }


    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}

public sealed record ContactForm(string? Email, string? Mobile);

public sealed record PreferencesForm(bool Email, bool Sms);
