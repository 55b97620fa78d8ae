namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>How many requests one client made in one fixed window. Kept in the database so every server counts together.</summary>
public sealed class RateLimitWindow
{
    public const int MaximumKeyLength = 200;

    public RateLimitWindow(string key, int count, DateTimeOffset expiresAt)
    {
        Key = key;
        Count = count;
        ExpiresAt = expiresAt;
    }

    public string Key { get; private set; }

    public int Count { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }
}
