namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>
/// Counts <see cref="By"/> requests (one, or none to read the count in the same write) in the window named by
/// <see cref="Key"/>, which is kept until <see cref="ExpiresAt"/>. A window read with none has its row all the same,
/// at 0, so its expiry must be the one its counts would give it.
/// </summary>
public readonly record struct RateLimitIncrement(string Key, DateTimeOffset ExpiresAt, int By = 1);
