using System.Globalization;
using System.Text;

namespace PatientPortal.Core.Common;

/// <summary>
/// Characters nobody sees that still change what is seen, stored or logged: control characters (NUL, tab, CR, LF),
/// format characters (right-to-left overrides and isolates, zero-width spaces and joiners, the byte-order mark, the
/// soft hyphen), line and paragraph separators, private-use and unassigned code points, and halves of a surrogate
/// pair. Names, emails and imported text refuse them; logs replace them.
/// </summary>
public static class HiddenCharacters
{
    /// <summary>The end of a field message that starts with the field: "Your given name contains …".</summary>
    public const string FieldMessage = "contains a character that cannot be seen (such as a zero-width space, a right-to-left mark or a control character). Type it again without copying and pasting.";

    public static bool IsHidden(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate;

    /// <summary>The first hidden character, or null when there is none; a lone surrogate is reported as itself.</summary>
    public static int? First(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return text[i];
            }

            if (IsHidden(rune))
            {
                return rune.Value;
            }

            i += consumed;
        }

        return null;
    }

    /// <summary>How a message names a hidden character: <c>U+202E</c>.</summary>
    public static string Describe(int codePoint) => string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");
}
