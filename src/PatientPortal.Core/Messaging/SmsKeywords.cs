namespace PatientPortal.Core.Messaging;

public enum SmsReplyKind
{
    /// <summary>Any other text: nothing changes.</summary>
    Other,

    OptOut,

    OptIn,
}

/// <summary>
/// Twilio's standard opt-out and opt-in keywords, matched as the whole reply in any case, surrounding
/// whitespace ignored ("stop please" is not a keyword, as Twilio treats it). Twilio's own <c>OptOutType</c>
/// field, sent when a Messaging Service has its own keywords, is believed too.
/// </summary>
public static class SmsKeywords
{
    public static readonly IReadOnlySet<string> OptOut = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT" };

    public static readonly IReadOnlySet<string> OptIn = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "START", "UNSTOP", "YES" };

    /// <returns>What the reply asks for, and the keyword as we record it (upper case; empty for other texts).</returns>
    public static (SmsReplyKind Kind, string Keyword) Classify(string? body, string? optOutType = null)
    {
        var word = (body ?? string.Empty).Trim();
        if (OptOut.Contains(word))
        {
            return (SmsReplyKind.OptOut, word.ToUpperInvariant());
        }

        if (OptIn.Contains(word))
        {
            return (SmsReplyKind.OptIn, word.ToUpperInvariant());
        }

        // A custom keyword of the Messaging Service: record the word when it is one, else Twilio's type.
        var type = optOutType?.Trim().ToUpperInvariant();
        var keyword = word.Length is > 0 and <= MaximumKeywordLength ? word.ToUpperInvariant() : type ?? string.Empty;
        return type switch
        {
            "STOP" => (SmsReplyKind.OptOut, keyword),
            "START" => (SmsReplyKind.OptIn, keyword),
            _ => (SmsReplyKind.Other, string.Empty),
        };
    }

    /// <summary>What a recorded keyword may be at most (a custom keyword Twilio recognised is a word or two).</summary>
    public const int MaximumKeywordLength = 30;
}
