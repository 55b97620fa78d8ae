using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PatientPortal.Core.SignIn.Throttling;

/// <summary>
/// Per-account limits on password guessing, for patients and staff alike. Every attempt is counted as a failure
/// before the password is checked (and cleared when it was right), so a burst of parallel guesses from any number
/// of addresses and servers gets one try per count. The key is the account name typed, known or not, so the
/// answers do not tell which emails have accounts.
/// </summary>
public sealed class SignInThrottle(IFailedSignInStore store, TimeProvider timeProvider, IOptions<SignInThrottleOptions> options)
{
    private const int Races = 5;

    public static string PatientKey(string emailKey) => "patient:" + Digest(emailKey);

    public static string StaffKey(string username) => "staff:" + Digest(username.Trim().ToUpperInvariant());

    /// <summary>
    /// Counts one attempt. <paramref name="canSuspend"/> is false for an account with no way to reset itself
    /// (the host's admin), which then waits at most <see cref="SignInThrottleOptions.MaximumDelay"/>, never for ever.
    /// </summary>
    public async Task<SignInAttempt> BeginAsync(string key, bool canSuspend, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        for (var race = 0; race < Races; race++)
        {
            var now = timeProvider.GetUtcNow();
            var current = await store.FindAsync(key, cancellationToken);
            var failures = current?.ConsecutiveFailures ?? 0;
            if (canSuspend && failures >= limits.SuspendAfter)
            {
                return SignInAttempt.Suspend(failures);
            }

            if (current?.BlockedUntil is { } until && until > now)
            {
                return SignInAttempt.Wait(failures, until - now);
            }

            var next = failures + 1;
            var blockedUntil = now + limits.DelayAfter(next);
            var counted = current is null
                ? await store.TryStartAsync(new FailedSignIns(key, next, now, blockedUntil), cancellationToken)
                : await store.TryAdvanceAsync(key, failures, now, blockedUntil, cancellationToken);
            if (counted)
            {
                // The patient hears of it when the waits begin, and when the password stops working.
                var noticeDue = next == limits.FreeFailures + 1 || (canSuspend && next == limits.SuspendAfter);
                return SignInAttempt.Allow(next, noticeDue);
            }
        }

        // Outrun by other attempts on this account every time: someone is guessing it right now.
        return SignInAttempt.Wait(limits.FreeFailures, limits.FirstDelay);
    }

    /// <summary>The password was right: the count starts again.</summary>
    public Task SucceededAsync(string key, CancellationToken cancellationToken) => store.ClearAsync(key, cancellationToken);

    private static string Digest(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
