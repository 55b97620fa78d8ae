namespace PatientPortal.Core.Security;

/// <summary>
/// Predictable stretches of a password that guessing tools try first (NIST SP 800-63B 5.1.1.2: repetitive or
/// sequential characters): one character repeated (<c>aaaa</c>), and steps along the alphabet, the digits or a
/// keyboard row or column, either way (<c>12345</c>, <c>zyxw</c>, <c>qwerty</c>, <c>1qaz</c>).
/// </summary>
internal static class PasswordPatterns
{
    /// <summary>Shorter stretches occur in ordinary words ("stuff", "defeat") and are not counted.</summary>
    private const int MinimumStretch = 3;

    private static readonly string[] Lines =
    [
        "abcdefghijklmnopqrstuvwxyz",
        "0123456789",
        "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
        "1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik", "9ol", "0p",
    ];

    /// <summary>The share (0 to 1) of the text's characters that lie in a run or a sequence of at least three.</summary>
    public static double PredictableShare(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var predictable = new bool[text.Length];
        Mark(text, predictable, (a, b) => a == b);
        foreach (var line in Lines)
        {
            Mark(text, predictable, (a, b) => Step(line, a, b) == 1);
            Mark(text, predictable, (a, b) => Step(line, a, b) == -1);
        }

        return predictable.Count(flag => flag) / (double)text.Length;
    }

    /// <summary>Marks every maximal stretch in which each character follows the one before it by <paramref name="follows"/>.</summary>
    private static void Mark(string text, bool[] predictable, Func<char, char, bool> follows)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && follows(text[i - 1], text[i]))
            {
                continue;
            }

            if (i - start >= MinimumStretch)
            {
                Array.Fill(predictable, true, start, i - start);
            }

            start = i;
        }
    }

    /// <summary>How far <paramref name="b"/> is after <paramref name="a"/> on the line, or 0 when either is not on it. (9 → 0 is a step on the keyboard's number row.)</summary>
    private static int Step(string line, char a, char b)
    {
        var from = line.IndexOf(a, StringComparison.Ordinal);
        var to = line.IndexOf(b, StringComparison.Ordinal);
        if (from < 0 || to < 0)
        {
            return 0;
        }

        return to - from;
    }
}
