using System.Diagnostics.CodeAnalysis;
using PatientPortal.Core.Common;

namespace PatientPortal.Core.Patients;

/// <summary>What can be wrong with a name as typed.</summary>
public enum NameProblem
{
    None,
    Missing,
    TooLong,
    HiddenCharacter,
}

/// <summary>
/// The one rule for a person's given or family name (and title), wherever it enters: trimmed, present, at most
/// <see cref="MaximumLength"/> characters, and free of <see cref="HiddenCharacters"/> (a right-to-left override
/// would make <c>Mary</c> read as someone else on every screen, letter and log line). Each caller words the problem
/// for its reader.
/// </summary>
public static class PersonName
{
    public const int MaximumLength = 100;

    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? name, out NameProblem problem, int maximumLength = MaximumLength)
    {
        name = null;
        var trimmed = input?.Trim();
        problem = trimmed switch
        {
            null or "" => NameProblem.Missing,
            { Length: var length } when length > maximumLength => NameProblem.TooLong,
            _ when HiddenCharacters.First(trimmed) is not null => NameProblem.HiddenCharacter,
            _ => NameProblem.None,
        };
        if (problem != NameProblem.None)
        {
            return false;
        }

        name = trimmed!;
        return true;
    }
}
