using System.Diagnostics.CodeAnalysis;

namespace PatientPortal.Core.Chargebands;

/// <summary>
/// An online sign-up invite code such as <c>K7PQM3XRTW</c>. Codes are shared by word of mouth and typed on
/// phones, so they are made of letters, digits, hyphens and underscores, and compared without case; at least
/// eight characters, since anyone may try codes on the public sign-up page (see <see cref="InviteCodeStrength"/>).
/// </summary>
public sealed record InviteCode
{
    public const int MinimumLength = 8;
    public const int MaximumLength = 32;

    private InviteCode(string value)
    {
        Value = value;
        Normalized = Normalize(value);
    }

    /// <summary>The code as the admin typed it (kept for display).</summary>
    public string Value { get; }

    /// <summary>The form used for uniqueness and look-up.</summary>
    public string Normalized { get; }

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    /// <summary>
    /// The look-up form of a code a patient typed, or null when it cannot be any code. Shorter codes than new
    /// ones may have are looked up too: a code saved before the minimum was raised keeps working until changed.
    /// </summary>
    public static string? LookupKey(string? typed)
    {
        var value = typed?.Trim() ?? string.Empty;
        return value.Length is > 0 and <= MaximumLength && value.All(IsAllowed) ? Normalize(value) : null;
    }

    public static bool TryCreate(string? input, [NotNullWhen(true)] out InviteCode? code, [NotNullWhen(false)] out string? error)
    {
        code = null;
        var value = input?.Trim() ?? string.Empty;
        if (value.Length is < MinimumLength or > MaximumLength)
        {
            error = $"An invite code needs at least {MinimumLength} characters (and at most {MaximumLength}): anyone can try codes on the sign-up page, so short ones are found quickly.";
            return false;
        }

        if (!value.All(IsAllowed))
        {
            error = "An invite code may contain only letters, digits, hyphens and underscores.";
            return false;
        }

        error = null;
        code = new InviteCode(value);
        return true;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
