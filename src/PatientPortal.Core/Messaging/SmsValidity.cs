namespace PatientPortal.Core.Messaging;

/// <summary>
/// A text carrying a link that expires soon must not reach the phone after the link is dead: a provider
/// queue backed up for hours would otherwise deliver a link that only says "expired".
/// </summary>
public static class SmsValidity
{
    /// <summary>Links that live longer than this are left to the provider's own queue limit.</summary>
    public static readonly TimeSpan ShortLivedLink = TimeSpan.FromHours(4);

    /// <summary>The validity for a text whose link expires at <paramref name="linkExpiresAt"/>; null when it needs none.</summary>
    public static TimeSpan? For(DateTimeOffset? linkExpiresAt, DateTimeOffset now)
    {
        if (linkExpiresAt is not { } expiresAt)
        {
            return null;
        }

        var left = expiresAt - now;
        return left >= ShortLivedLink ? null : left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
