using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace PatientPortal.Core.Common;

/// <summary>
/// A value someone outside controls (a username, a name, a provider's error text, an id from a callback), made safe
/// to write into a log line: a CR or LF would start a forged line of its own, a right-to-left override would make the
/// line read differently. <see cref="HiddenCharacters"/> are written as escapes (<c>\r</c>, <c>\n</c>,
/// <c>\u202E</c>), and the value is cut at <see cref="MaximumLength"/> characters.
/// </summary>
public static class LogValue
{
    public const int MaximumLength = 200;

    [return: NotNullIfNotNull(nameof(value))]
    public static string? Safe(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var safe = new StringBuilder(Math.Min(value.Length, MaximumLength) + 16);
        var i = 0;
        while (i < value.Length && safe.Length < MaximumLength)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                safe.Append(Escape(value[i]));
            }
            else if (HiddenCharacters.IsHidden(rune))
            {
                safe.Append(Escape(rune.Value));
            }
            else
            {
                safe.Append(value, i, consumed);
            }

            i += consumed;
        }

        if (i < value.Length)
        {
            safe.Append(CultureInfo.InvariantCulture, $"… ({value.Length} characters)");
        }

        return safe.ToString();
    }

    private static string Escape(int codePoint) => codePoint switch
    {
        '\r' => "\\r",
        '\n' => "\\n",
        '\t' => "\\t",
        > 0xFFFF => string.Create(CultureInfo.InvariantCulture, $"\\U{codePoint:X8}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"\\u{codePoint:X4}"),
    };
}
