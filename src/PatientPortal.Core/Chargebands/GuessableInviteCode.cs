using PatientPortal.Core.Common;

namespace PatientPortal.Core.Chargebands;

/// <summary>
/// The refusal of a new invite code that is easy to guess. It is a warning the admin may accept: the failure
/// carries <see cref="Marker"/> so a client can offer "use this code anyway" (sent back as acceptGuessableInviteCode).
/// </summary>
public static class GuessableInviteCode
{
    public const string Marker = "guessableInviteCode";

    public const string Title =
        "This invite code is easy to guess. Generate a strong code, or accept the warning (acceptGuessableInviteCode) to use it anyway.";

    public static string Message(IEnumerable<string> weaknesses) =>
        $"This code is easy to guess: {string.Join("; ", weaknesses)}. You may still use it if you accept the warning.";

    public static Failure Refusal(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new Failure(OperationStatus.Invalid, Title, errors.ToDictionary()) { Extensions = new Dictionary<string, object?> { [Marker] = true } };
    }
}
