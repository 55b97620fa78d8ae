using System.Text;

namespace PatientPortal.Core.Security;

/// <summary>
/// The forms of a password that the checks compare, so that case, full-width letters, spaces, punctuation and a
/// number on the end do not hide a weak password: <c>P a s s w o r d 1 2 3</c> and <c>Password-Password!</c> both
/// come down to <c>password</c>.
/// </summary>
internal static class PasswordText
{
    /// <summary>Letters and digits only, lower case, after Unicode NFKC (full-width and styled letters become plain ones).</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var compact = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                compact.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return compact.ToString();
    }

    /// <summary>What the common-password list is asked about: the password as typed, its compact form, the one part it repeats, each without a number on the end.</summary>
    public static IEnumerable<string> ListCandidates(string password)
    {
        var compact = Compact(password);
        var candidates = new HashSet<string>(StringComparer.Ordinal) { password };
        foreach (var form in new[] { compact, WithoutDigitSuffix(compact) })
        {
            candidates.Add(form);
            if (RepeatedUnit(form) is { } unit)
            {
                candidates.Add(unit);
                candidates.Add(WithoutDigitSuffix(unit));
            }
        }

        candidates.Remove(string.Empty);
        return candidates;
    }

    /// <summary>The shortest part that, repeated at least twice (the last copy may be cut short), makes up the text; null when there is none.</summary>
    public static string? RepeatedUnit(string text)
    {
        for (var period = 1; period <= text.Length / 2; period++)
        {
            if (IsPeriodic(text, period))
            {
                return text[..period];
            }
        }

        return null;
    }

    private static bool IsPeriodic(string text, int period)
    {
        for (var i = period; i < text.Length; i++)
        {
            if (text[i] != text[i - period])
            {
                return false;
            }
        }

        return true;
    }

    private static string WithoutDigitSuffix(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1]))
        {
            end--;
        }

        // A password of digits only is its own candidate.
        return end == 0 ? text : text[..end];
    }
}
