namespace PatientPortal.Core.Messaging;

public enum SmsSendOutcome
{
    /// <summary>The provider accepted the message; delivery is reported later through the status callback.</summary>
    Accepted,

    /// <summary>The recipient has opted out (Twilio error 21610): never send to this number again.</summary>
    OptedOut,

    /// <summary>Refused for good (bad number, bad request): retrying would fail the same way.</summary>
    Rejected,

    /// <summary>Not taken, for sure (429, or no connection before the request went): try again later.</summary>
    TransientFailure,

    /// <summary>
    /// The request reached the provider but no answer says what became of it (a 5xx, a timeout): it may have been
    /// sent. Look it up (<see cref="ISentSmsLookup"/>) before sending it again.
    /// </summary>
    OutcomeUnknown,
}

/// <param name="ProviderMessageId">The provider's id (Twilio's Message SID) when accepted.</param>
/// <param name="ErrorCode">The provider's error code, when it gave one.</param>
public sealed record SmsSendResult(SmsSendOutcome Outcome, string? ProviderMessageId = null, string? ErrorCode = null, string? Error = null);
