using System.Globalization;
using System.Text;

namespace PatientPortal.Core.Patients;

/// <summary>
/// Family names as people type them differ in case, accents, spaces, hyphens and apostrophes
/// (<c>O'Higgins</c>, <c>o higgins</c>, <c>OHiggins</c>). The key keeps only what identifies the name.
/// </summary>
public static class FamilyName
{
    public static string Normalize(string? familyName)
    {
        if (string.IsNullOrWhiteSpace(familyName))
        {
            return string.Empty;
        }

        var decomposed = familyName.Normalize(NormalizationForm.FormKD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        // Letters that do not decompose into a base letter plus a mark.
        return key.ToString()
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "o", StringComparison.Ordinal)
            .Replace("đ", "d", StringComparison.Ordinal)
            .Replace("ł", "l", StringComparison.Ordinal);
    }

    public static bool Matches(string? a, string? b)
    {
        var left = Normalize(a);
        return left.Length > 0 && string.Equals(left, Normalize(b), StringComparison.Ordinal);
    }
}
