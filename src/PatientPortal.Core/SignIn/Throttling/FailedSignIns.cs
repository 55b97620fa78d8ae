namespace PatientPortal.Core.SignIn.Throttling;

/// <summary>
/// The consecutive failed sign-ins of one account name (a patient's email, a staff username), counted in the
/// database so every server sees the same count. A success clears it.
/// </summary>
public sealed record FailedSignIns(string Key, int ConsecutiveFailures, DateTimeOffset LastFailureAt, DateTimeOffset? BlockedUntil)
{
    public const int MaximumKeyLength = 100;
}
