using Microsoft.Extensions.Options;

namespace PatientPortal.Core.Security;

/// <summary>Checks a new password: long enough, not too long, not common, and not made of the patient's own name or email.</summary>
public sealed class PasswordPolicy(ICommonPasswords commonPasswords, IOptions<PasswordOptions> options)
{
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
        if (length < options.Value.MinimumLength)
        {
            problems.Add($"Your password needs at least {options.Value.MinimumLength} characters. A few unrelated words make a long password easy to remember.");
        }
        else if (length > options.Value.MaximumLength)
        {
            problems.Add($"Your password can have at most {options.Value.MaximumLength} characters.");
        }

        if (commonPasswords.Contains(password))
        {
            problems.Add("This password is one of the most common passwords and would be guessed quickly. Choose another.");
        }
        else if (ContainsPersonalWord(password, personalWords))
        {
            problems.Add("Your password must not contain your name or email address.");
        }

        return problems;
    }

    private static bool ContainsPersonalWord(string password, string?[] personalWords)
    {
        foreach (var word in personalWords)
        {
            if (string.IsNullOrWhiteSpace(word))
            {
                continue;
            }

            var candidate = word.Trim();
            var at = candidate.IndexOf('@', StringComparison.Ordinal);
            if (at > 0)
            {
                candidate = candidate[..at];
            }

            if (candidate.Length >= 4 && password.Contains(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
