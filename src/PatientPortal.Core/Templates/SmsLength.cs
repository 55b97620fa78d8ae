using System.Text;

namespace PatientPortal.Core.Templates;

/// <summary>
/// The length of an SMS as the network bills it. GSM-7 counts septets (the extension table costs two: an
/// escape and the character); one character outside GSM-7 sends the whole message as UCS-2, counted in UTF-16
/// code units (an emoji is two). One segment holds 160 septets or 70 units; a longer message is split into
/// parts of 153 or 67, because each part carries a 6-byte concatenation header.
/// </summary>
/// <param name="Characters">What a person would count: Unicode characters (an emoji is one).</param>
/// <param name="Units">What the network counts: GSM-7 septets, or UCS-2 code units.</param>
public sealed record SmsLength(int Characters, SmsEncoding Encoding, int Units, int Segments)
{
    public const int Gsm7SingleSegment = 160;
    public const int Gsm7MultipartSegment = 153;
    public const int Ucs2SingleSegment = 70;
    public const int Ucs2MultipartSegment = 67;

    // GSM 03.38 default alphabet (the escape 0x1B is not a character of its own).
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // The extension table, reached through the escape: each costs two septets.
    private const string Gsm7Extension = "\f^{}\\[~]|€";

    // Septets per character, by code point (0: not GSM-7); every GSM-7 character but '€' is below U+0400.
    private static readonly byte[] Septets = Table();

    public static SmsLength Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var characters = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            characters++;
        }

        var septets = 0;
        foreach (var character in text)
        {
            var cost = SeptetsOf(character);
            if (cost == 0)
            {
                return new SmsLength(characters, SmsEncoding.Ucs2, text.Length, Ucs2Segments(text));
            }

            septets += cost;
        }

        return new SmsLength(characters, SmsEncoding.Gsm7, septets, Gsm7Segments(text, septets));
    }

    public static bool IsGsm7(char character) => SeptetsOf(character) > 0;

    /// <summary>Units one segment holds: the single-segment limit while the text fits one, the multipart one after.</summary>
    public int UnitsPerSegment => Encoding == SmsEncoding.Gsm7
        ? Segments > 1 ? Gsm7MultipartSegment : Gsm7SingleSegment
        : Segments > 1 ? Ucs2MultipartSegment : Ucs2SingleSegment;

    private static int SeptetsOf(char character) => character < Septets.Length ? Septets[character] : character == '€' ? 2 : 0;

    private static byte[] Table()
    {
        var table = new byte[0x400];
        foreach (var character in Gsm7Basic)
        {
            table[character] = 1;
        }

        foreach (var character in Gsm7Extension.Where(character => character < table.Length))
        {
            table[character] = 2;
        }

        return table;
    }

    // An escape and its character are never split across two parts (a phone would show the escape as a
    // space and the character as its basic-table twin), so a part may end one septet short.
    private static int Gsm7Segments(string text, int septets)
    {
        if (septets <= Gsm7SingleSegment)
        {
            return septets == 0 ? 0 : 1;
        }

        var (segments, used) = (1, 0);
        foreach (var cost in text.Select(SeptetsOf))
        {
            if (used + cost > Gsm7MultipartSegment)
            {
                (segments, used) = (segments + 1, 0);
            }

            used += cost;
        }

        return segments;
    }

    // Likewise a surrogate pair (an emoji) stays in one part, so it arrives whole.
    private static int Ucs2Segments(string text)
    {
        if (text.Length <= Ucs2SingleSegment)
        {
            return text.Length == 0 ? 0 : 1;
        }

        var (segments, used) = (1, 0);
        foreach (var rune in text.EnumerateRunes())
        {
            var cost = rune.Utf16SequenceLength;
            if (used + cost > Ucs2MultipartSegment)
            {
                (segments, used) = (segments + 1, 0);
            }

            used += cost;
        }

        return segments;
    }
}
