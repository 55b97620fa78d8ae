namespace PatientPortal.Core.SignIn.Throttling;

/// <summary>Whether a sign-in may check the password now; if not, for how long it must wait, or that a reset is needed.</summary>
public sealed record SignInAttempt(bool Allowed, int Failures, TimeSpan RetryAfter, bool Suspended, bool NoticeDue)
{
    public static SignInAttempt Allow(int failures, bool noticeDue) => new(true, failures, TimeSpan.Zero, false, noticeDue);

    public static SignInAttempt Wait(int failures, TimeSpan retryAfter) => new(false, failures, retryAfter, false, false);

    public static SignInAttempt Suspend(int failures) => new(false, failures, TimeSpan.Zero, true, false);
}
