namespace PatientPortal.Core.Messaging;

/// <summary>
/// Asks the SMS provider whether a text whose send had an unknown outcome was created after all (Twilio has no
/// idempotency key, so this is how a retry avoids sending it twice). The production implementation lists Twilio's
/// Messages to the number.
/// </summary>
public interface ISentSmsLookup
{
    /// <summary>The provider's texts with exactly this body to this number, created at or after <paramref name="since"/>.</summary>
    Task<SentSmsLookupResult> FindAsync(string to, string body, DateTimeOffset since, CancellationToken cancellationToken);
}

public enum SentSmsLookupOutcome
{
    /// <summary>The provider has one or more: <see cref="SentSmsLookupResult.ProviderMessageIds"/>, oldest first.</summary>
    Found,

    /// <summary>The provider has none: sending again is safe.</summary>
    NotFound,

    /// <summary>The provider could not be asked: the outcome stays unknown, and nothing is sent.</summary>
    Failed,
}

public sealed record SentSmsLookupResult(SentSmsLookupOutcome Outcome, IReadOnlyList<string> ProviderMessageIds, string? Error = null)
{
    public static SentSmsLookupResult None { get; } = new(SentSmsLookupOutcome.NotFound, []);

    public static SentSmsLookupResult Found(IReadOnlyList<string> providerMessageIds) => new(SentSmsLookupOutcome.Found, providerMessageIds);

    public static SentSmsLookupResult Failure(string error) => new(SentSmsLookupOutcome.Failed, [], error);
}
