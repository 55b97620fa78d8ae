using PatientPortal.Core.Chargebands;

namespace PatientPortal.Core.SignUp;

/// <summary>
/// Whether a refused code was close to a live one: the same code apart from at most two typed characters, or
/// the same first half. Patients' typos make a few of these; someone closing in on a code makes many.
/// </summary>
public static class InviteCodeNearMiss
{
    private const int MaximumEdits = 2;
    private const int MinimumSharedStart = 4;

    public static LiveInviteCode? Of(string? typed, IEnumerable<LiveInviteCode> liveCodes)
    {
        ArgumentNullException.ThrowIfNull(liveCodes);
        var guess = Comparable(typed ?? string.Empty);
        return guess.Length == 0 ? null : liveCodes.FirstOrDefault(live => IsNear(guess, Comparable(live.NormalizedCode)));
    }

    // Hyphens and underscores only group characters for reading; case never counts.
    private static string Comparable(string code) =>
        new(code.Trim().ToUpperInvariant().Where(c => c is not ('-' or '_')).ToArray());

    private static bool IsNear(string guess, string code)
    {
        var sharedStart = Math.Max(MinimumSharedStart, (code.Length + 1) / 2);
        return (code.Length >= sharedStart && guess.Length >= sharedStart && string.CompareOrdinal(guess, 0, code, 0, sharedStart) == 0)
            || EditDistance(guess, code) <= MaximumEdits;
    }

    private static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > MaximumEdits)
        {
            return MaximumEdits + 1;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
