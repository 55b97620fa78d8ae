namespace PatientPortal.Web.SignUp;

/// <summary>What the invite-code budget says about one request: go ahead, go ahead later, or wait.</summary>
public sealed record InviteCodeStep(TimeSpan Delay, TimeSpan? RetryAfter)
{
    public static readonly InviteCodeStep Open = new(TimeSpan.Zero, null);

    public static InviteCodeStep Slowed(TimeSpan delay) => new(delay, null);

    public static InviteCodeStep Refused(TimeSpan retryAfter) => new(TimeSpan.Zero, retryAfter);
}
