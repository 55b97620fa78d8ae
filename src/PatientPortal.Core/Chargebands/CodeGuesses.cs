namespace PatientPortal.Core.Chargebands;

/// <summary>What a stretch of a code is, to someone who tries the likeliest codes first.</summary>
public enum CodePieceKind
{
    Random,
    CommonPassword,
    ContextWord,
    Year,
    Sequence,
    Repeat,
}

public sealed record CodePiece(CodePieceKind Kind, string Text);

/// <summary>The cheapest way to describe a code, and how many guesses (as bits) it is worth.</summary>
public sealed record CodeEstimate(double Bits, IReadOnlyList<CodePiece> Pieces);

/// <summary>
/// Estimates how many guesses a code is worth to an attacker who tries likely pieces first, in the way of
/// zxcvbn: the code is split into pieces (a common password from the shipped list, a word of the practice's or
/// chargeband's name, a year, an alphabet, digit or keyboard sequence, a run of one character, or single
/// characters), each worth about as many bits as there are such pieces, and the cheapest split wins. Codes are
/// compared without case, so case is worth nothing.
/// </summary>
public static class CodeGuesses
{
    private const double LetterBits = 4.70; // log2(26)
    private const double DigitBits = 3.32; // log2(10)
    private const double CommonPasswordBits = 14.9; // log2 of the 30,000 listed
    private const double ContextWordBits = 4; // a practice has a few words in its names
    private const double YearBits = 7.6; // 1900-2099
    private const double PatternBits = 5.2; // which character a run or sequence starts at: log2(36)
    private const int ShortestListed = 4;
    private const int ShortestPattern = 3;
    private static readonly string[] Orders = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"];
    private static readonly Dictionary<char, char> Leet = new() { ['0'] = 'o', ['1'] = 'i', ['3'] = 'e', ['4'] = 'a', ['5'] = 's', ['7'] = 't', ['8'] = 'b', ['9'] = 'g' };

    public static CodeEstimate Estimate(string code, Func<string, bool> isCommonPassword, IReadOnlyCollection<string> contextWords)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(isCommonPassword);
        ArgumentNullException.ThrowIfNull(contextWords);
        var text = Comparable(code);
        var best = new double[text.Length + 1];
        var pieceAt = new CodePiece?[text.Length + 1];
        Array.Fill(best, double.PositiveInfinity);
        best[0] = 0;
        for (var end = 1; end <= text.Length; end++)
        {
            for (var start = 0; start < end; start++)
            {
                if (double.IsPositiveInfinity(best[start]) || Cost(text[start..end], isCommonPassword, contextWords) is not { } piece)
                {
                    continue;
                }

                if (best[start] + piece.Bits < best[end])
                {
                    best[end] = best[start] + piece.Bits;
                    pieceAt[end] = piece.Piece;
                }
            }
        }

        var pieces = new List<CodePiece>();
        for (var end = text.Length; end > 0; end -= pieceAt[end]!.Text.Length)
        {
            pieces.Insert(0, pieceAt[end]!);
        }

        return new CodeEstimate(best[text.Length], pieces);
    }

    /// <summary>Lower case, without the hyphens and underscores that only group characters for reading.</summary>
    public static string Comparable(string code) =>
        new([.. code.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);

    private static (CodePiece Piece, double Bits)? Cost(string stretch, Func<string, bool> isCommonPassword, IReadOnlyCollection<string> contextWords)
    {
        if (stretch.Length == 1)
        {
            return (new CodePiece(CodePieceKind.Random, stretch), char.IsAsciiDigit(stretch[0]) ? DigitBits : LetterBits);
        }

        if (contextWords.Contains(stretch, StringComparer.Ordinal))
        {
            return (new CodePiece(CodePieceKind.ContextWord, stretch), ContextWordBits);
        }

        if (stretch.Length >= ShortestListed && (isCommonPassword(stretch) || (stretch.Any(char.IsAsciiLetter) && isCommonPassword(Unleet(stretch)))))
        {
            return (new CodePiece(CodePieceKind.CommonPassword, stretch), CommonPasswordBits);
        }

        if (stretch.Length == 4 && stretch.All(char.IsAsciiDigit) && stretch[..2] is "19" or "20")
        {
            return (new CodePiece(CodePieceKind.Year, stretch), YearBits);
        }

        if (stretch.Length < ShortestPattern)
        {
            return null;
        }

        if (stretch.All(c => c == stretch[0]))
        {
            return (new CodePiece(CodePieceKind.Repeat, stretch), PatternBits + Math.Log2(stretch.Length));
        }

        return IsSequence(stretch) ? (new CodePiece(CodePieceKind.Sequence, stretch), PatternBits + 1 + Math.Log2(stretch.Length)) : null;
    }

    private static bool IsSequence(string stretch) =>
        Orders.Any(order => order.Contains(stretch, StringComparison.Ordinal) || order.Contains(new string([.. stretch.Reverse()]), StringComparison.Ordinal));

    private static string Unleet(string stretch) => new([.. stretch.Select(c => Leet.GetValueOrDefault(c, c))]);
}
