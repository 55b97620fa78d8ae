using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;

namespace PatientPortal.Core.Patients;

/// <summary>Email addresses are checked for shape only; the confirmation link proves the patient can read it.</summary>
public static class EmailAddress
{
    public const int MaximumLength = 254;

    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? email)
    {
        email = null;
        var value = input?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > MaximumLength || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (!MailAddress.TryCreate(value, out var address) || !string.Equals(address.Address, value, StringComparison.Ordinal))
        {
            return false;
        }

        // A real mailbox needs a domain with a dot (no "user@localhost").
        var at = value.LastIndexOf('@');
        var domain = value[(at + 1)..];
        if (at < 1 || !domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            return false;
        }

        email = value;
        return true;
    }

    /// <summary>The form used to find every patient sharing an address (families often do).</summary>
    public static string Key(string email) => email.Trim().ToLowerInvariant();
}
