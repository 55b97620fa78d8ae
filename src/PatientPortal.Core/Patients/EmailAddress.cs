using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Mail;
using MimeKit;
using PatientPortal.Core.Common;

namespace PatientPortal.Core.Patients;

/// <summary>
/// Email addresses are checked for shape only; the confirmation link proves the patient can read it. The one rule
/// for every address that enters (sign-up, the practice's own registrations, sign-in look-ups).
/// </summary>
public static class EmailAddress
{
    public const int MaximumLength = 254;

    private static readonly IdnMapping HostNames = new() { UseStd3AsciiRules = true };

    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? email)
    {
        email = null;
        var value = input?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > MaximumLength || value.Any(char.IsWhiteSpace) || HiddenCharacters.First(value) is not null)
        {
            return false;
        }

        if (!MailAddress.TryCreate(value, out var address) || !string.Equals(address.Address, value, StringComparison.Ordinal))
        {
            return false;
        }

        // What MailKit sends to: one mailbox, with no display name or comment, reading back as typed (MimeKit
        // shows an IDN domain decoded, so "xn--" is compared encoded).
        if (!MailboxAddress.TryParse(value, out var mailbox) || mailbox.Name is { Length: > 0 }
            || !(string.Equals(mailbox.GetAddress(idnEncode: false), value, StringComparison.Ordinal) || string.Equals(mailbox.GetAddress(idnEncode: true), value, StringComparison.Ordinal)))
        {
            return false;
        }

        var at = value.LastIndexOf('@');
        if (at < 1 || !IsInternetDomain(value[(at + 1)..]))
        {
            return false;
        }

        email = value;
        return true;
    }

    /// <summary>The form used to find every patient sharing an address (families often do).</summary>
    public static string Key(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// A real mailbox needs a host name (letters, digits and hyphens, or an international name) with a dot and a
    /// top-level domain that is not a number: no <c>user@localhost</c>, and no address literal such as
    /// <c>a@[127.0.0.1]</c> or <c>a@10.0.0.1</c>, which would point the practice's mail server at a machine of the
    /// sender's choosing.
    /// </summary>
    private static bool IsInternetDomain(string domain)
    {
        if (domain.StartsWith('[') || IPAddress.TryParse(domain, out _))
        {
            return false;
        }

        string ascii;
        try
        {
            ascii = HostNames.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var labels = ascii.Split('.');
        return labels.Length >= 2 && labels.All(label => label.Length > 0) && !labels[^1].All(char.IsAsciiDigit);
    }
}
