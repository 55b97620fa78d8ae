namespace PatientPortal.Core.Security;

/// <summary>A single-use link token for one patient's account. Only its hash is stored.</summary>
public sealed class AccountToken
{
    private AccountToken()
    {
        TokenHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public TokenPurpose Purpose { get; private set; }

    public string TokenHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? ConsumedAt { get; private set; }

    /// <summary>For <see cref="TokenPurpose.EmailChange"/>: the address the link was sent to, the one it confirms.</summary>
    public string? Email { get; private set; }

    public static (AccountToken Token, string RawToken) Issue(Guid patientId, TokenPurpose purpose, TimeSpan lifetime, DateTimeOffset now, string? email = null)
    {
        var raw = SecureToken.Generate();
        var token = new AccountToken
        {
            Id = Guid.CreateVersion7(now),
            PatientId = patientId,
            Purpose = purpose,
            TokenHash = SecureToken.Hash(raw)!,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
            Email = email,
        };
        return (token, raw);
    }

    public bool IsUsable(DateTimeOffset now) => ConsumedAt is null && now < ExpiresAt;
}
