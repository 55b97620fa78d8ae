using PatientPortal.Core.Patients;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>A valid registration form; tests change the field they are about.</summary>
public static class Registration
{
    public const string Password = "correct horse battery staple";

    public static Dictionary<string, string> Valid(string inviteCode, string email, string givenName = "Orla", string familyName = "O'Higgins", string dateOfBirth = "1984-05-17") => new()
    {
        ["inviteCode"] = inviteCode,
        ["title"] = "Ms",
        ["givenName"] = givenName,
        ["familyName"] = familyName,
        ["dateOfBirth"] = dateOfBirth,
        ["email"] = email,
        // Unique per registration: name + date of birth + a shared contact is how duplicates are found.
        ["mobile"] = UniqueMobile(),
        ["password"] = Password,
        ["acceptPrivacyPolicy"] = "true",
        ["privacyPolicyVersion"] = "2026-01",
    };

    /// <summary>A random UK mobile number that libphonenumber accepts (not every random digit string is allocated).</summary>
    public static string UniqueMobile()
    {
        while (true)
        {
            var candidate = $"07911 {Random.Shared.Next(100_000, 1_000_000)}";
            if (MobileNumber.TryNormalize(candidate, "GB", out _, out _))
            {
                return candidate;
            }
        }
    }

    public static string UniqueEmail(string who = "patient") => $"{who}.{Guid.NewGuid():N}@example.org";

    public static string UniqueCode(string prefix = "Code") => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";
}
