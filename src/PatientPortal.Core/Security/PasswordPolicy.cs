using Microsoft.Extensions.Options;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Security;

/// <summary>
/// Checks a new password: long enough, not too long, not common, not made of the patient's own name or email or
/// of the practice's name, and not mostly repetition or sequences (NIST SP 800-63B 5.1.1.2, OWASP ASVS 6.2).
/// </summary>
public sealed class PasswordPolicy(ICommonPasswords commonPasswords, IOptions<PasswordOptions> options, IOptions<PracticeOptions> practice)
{
    /// <summary>Context words shorter than this are too common inside ordinary words to refuse.</summary>
    private const int MinimumWordLength = 4;

    /// <summary>"Mostly": more than this share of the password's letters and digits.</summary>
    private const double MostlyShare = 0.5;

    public int MinimumLength => options.Value.MinimumLength;

    public IReadOnlyList<string> Check(string? password, params string?[] personalWords)
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(password))
        {
            problems.Add($"Choose a password of at least {options.Value.MinimumLength} characters.");
            return problems;
        }

        // NIST counts each Unicode code point as one character.
        var length = password.EnumerateRunes().Count();
        if (length > options.Value.MaximumLength)
        {
            problems.Add($"Your password can have at most {options.Value.MaximumLength} characters.");
            return problems;
        }

        if (length < options.Value.MinimumLength)
        {
            problems.Add($"Your password needs at least {options.Value.MinimumLength} characters. A few unrelated words make a long password easy to remember.");
        }

        if (ContentProblem(password, personalWords) is { } problem)
        {
            problems.Add(problem);
        }

        return problems;
    }

    /// <summary>The first reason, most telling first, that the password would be guessed early; one is enough to act on.</summary>
    private string? ContentProblem(string password, string?[] personalWords)
    {
        if (PasswordText.ListCandidates(password).Any(commonPasswords.Contains))
        {
            return "This password is one of the most common passwords and would be guessed quickly. Choose another.";
        }

        var compact = PasswordText.Compact(password);
        if (ContainsPersonalWord(compact, personalWords))
        {
            return "Your password must not contain your name or email address.";
        }

        if (ShareOf(compact, PracticeWords()) > MostlyShare)
        {
            return "Your password is mostly the practice's name, which is one of the first things someone would try. Add a few unrelated words of your own.";
        }

        // Symbols and emoji only: judge them as typed.
        var repetitionForm = compact.Length > 0 ? compact : password;
        if (PasswordText.RepeatedUnit(repetitionForm) is { } unit && unit.Length < options.Value.MinimumLength)
        {
            return "Your password repeats the same few characters or words, which is as easy to guess as saying them once. Use a few different, unrelated words.";
        }

        if (PasswordPatterns.PredictableShare(repetitionForm) > MostlyShare)
        {
            return "Your password is mostly a sequence such as 12345, abcde or qwerty, or one character repeated. Use a few unrelated words instead.";
        }

        return null;
    }

    private static bool ContainsPersonalWord(string compactPassword, string?[] personalWords)
    {
        foreach (var word in personalWords)
        {
            if (string.IsNullOrWhiteSpace(word))
            {
                continue;
            }

            var at = word.IndexOf('@', StringComparison.Ordinal);
            var candidate = PasswordText.Compact(at > 0 ? word[..at] : word);
            if (candidate.Length >= MinimumWordLength && compactPassword.Contains(candidate, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The practice's name, whole and word by word, and the words the practice added (its town, its street).</summary>
    private IEnumerable<string> PracticeWords()
    {
        foreach (var text in options.Value.ContextWords.Prepend(practice.Value.Name))
        {
            yield return PasswordText.Compact(text);
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                yield return PasswordText.Compact(word);
            }
        }
    }

    /// <summary>The share of the text covered by occurrences of the words.</summary>
    private static double ShareOf(string text, IEnumerable<string> words)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var covered = new bool[text.Length];
        foreach (var word in words.Where(word => word.Length >= MinimumWordLength))
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(covered, true, at, word.Length);
            }
        }

        return covered.Count(flag => flag) / (double)text.Length;
    }
}
