using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;

namespace PatientPortal.Core.Chargebands;

/// <summary>
/// Whether an invite code would be guessed early, and strong codes to use instead. A code is guessable when it
/// is a word and a number (<c>Welcome123</c>, <c>Spring2026</c>, <c>2026Clinic</c>), or when it is worth fewer
/// than 2^30 guesses (<see cref="CodeGuesses"/>): common passwords, the practice's name, years, sequences and
/// repeated characters cost an attacker little.
/// </summary>
public sealed class InviteCodeStrength(ICommonPasswords commonPasswords, IOptions<PracticeOptions> practice)
{
    public const double MinimumBits = 30;
    public const int GeneratedLength = 10;

    /// <summary>Letters and digits nobody confuses when reading a code aloud or typing it (no 0/O, 1/I/L).</summary>
    public const string GeneratedAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>Why the code would be guessed early, in the admin's words; empty for a strong code.</summary>
    public IReadOnlyList<string> Weaknesses(InviteCode code, string? chargebandName = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var reasons = new List<string>();
        if (IsWordAndNumber(CodeGuesses.Comparable(code.Value)))
        {
            reasons.Add("it is a word and a number, like Welcome123 or Spring2026, which is the first kind of code people try");
        }

        var estimate = CodeGuesses.Estimate(code.Value, commonPasswords.Contains, ContextWords(chargebandName));
        if (estimate.Bits < MinimumBits)
        {
            var predictable = estimate.Pieces.Where(piece => piece.Kind != CodePieceKind.Random).Select(Describe).Distinct().ToList();
            reasons.Add(predictable.Count > 0
                ? $"it is made of {string.Join(" and ", predictable)}, which a guesser tries early"
                : "it has too few characters that are hard to guess");
        }

        return reasons;
    }

    /// <summary>A new code of <see cref="GeneratedLength"/> characters from <see cref="GeneratedAlphabet"/> that is not guessable.</summary>
    public InviteCode Generate()
    {
        while (true)
        {
            var value = new string(RandomNumberGenerator.GetItems<char>(GeneratedAlphabet, GeneratedLength));
            if (InviteCode.TryCreate(value, out var code, out _) && Weaknesses(code).Count == 0)
            {
                return code;
            }
        }
    }

    // One run of letters and one of digits, in either order: how people make a code they will remember.
    private static bool IsWordAndNumber(string text)
    {
        var runs = 1;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) != char.IsAsciiDigit(text[i - 1]))
            {
                runs++;
            }
        }

        return runs == 2 && text.Count(char.IsAsciiLetter) >= 3;
    }

    private List<string> ContextWords(string? chargebandName) =>
        new string([.. $"{practice.Value.Name} {chargebandName}".ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.Length >= 3)
            .Concat([CodeGuesses.Comparable(practice.Value.Name), CodeGuesses.Comparable(chargebandName ?? string.Empty)])
            .Where(word => word.Length >= 3)
            .Distinct()
            .ToList();

    private static string Describe(CodePiece piece) => piece.Kind switch
    {
        CodePieceKind.CommonPassword => $"the common password \"{piece.Text}\"",
        CodePieceKind.ContextWord => $"\"{piece.Text}\" from the practice's or chargeband's name",
        CodePieceKind.Year => $"the year {piece.Text}",
        CodePieceKind.Sequence => $"the sequence \"{piece.Text}\"",
        CodePieceKind.Repeat => $"the repeated \"{piece.Text}\"",
        _ => $"\"{piece.Text}\"",
    };
}
