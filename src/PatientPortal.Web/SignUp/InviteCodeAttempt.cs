using PatientPortal.Infrastructure.RateLimiting;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignUp;

/// <summary>
/// An invite-code request about to be counted: when it came, its budget window, and the windows to count it in (its
/// client's counter) and to read in the same write (the alarm of this window and of the last).
/// </summary>
public sealed record InviteCodeAttempt(DateTimeOffset Now, FixedWindow Window, IReadOnlyList<RateLimitIncrement> Counters);
