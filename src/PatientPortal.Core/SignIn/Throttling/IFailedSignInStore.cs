namespace PatientPortal.Core.SignIn.Throttling;

/// <summary>Counts of failed sign-ins, shared by every server. Each write stands alone, outside any unit of work.</summary>
public interface IFailedSignInStore
{
    Task<FailedSignIns?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>Records the first failure; false when another request recorded one first.</summary>
    Task<bool> TryStartAsync(FailedSignIns first, CancellationToken cancellationToken);

    /// <summary>Moves the count on from <paramref name="expectedFailures"/>; false when another request moved it first.</summary>
    Task<bool> TryAdvanceAsync(string key, int expectedFailures, DateTimeOffset now, DateTimeOffset? blockedUntil, CancellationToken cancellationToken);

    Task ClearAsync(string key, CancellationToken cancellationToken);
}
