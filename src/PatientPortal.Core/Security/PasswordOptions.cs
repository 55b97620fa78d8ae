using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Core.Security;

/// <summary>NIST SP 800-63B rev 4: length is what counts, never composition rules.</summary>
public sealed class PasswordOptions
{
    /// <summary>15 for a password used as a single factor; never below 8.</summary>
    [Range(8, 64)]
    public int MinimumLength { get; set; } = 15;

    /// <summary>At least 64 must be accepted; the cap only stops abuse of the hashing work.</summary>
    [Range(64, 1024)]
    public int MaximumLength { get; set; } = 256;

    /// <summary>
    /// Words that identify the practice besides its name (its town, its street, its brand); a password mostly made of
    /// them, or of the practice's name, is refused.
    /// </summary>
    public IReadOnlyList<string> ContextWords { get; set; } = [];

    /// <summary>PBKDF2 rounds (OWASP ASVS 5.0 asks 210,000 for PBKDF2-HMAC-SHA512).</summary>
    [Range(100_000, 10_000_000)]
    public int HashIterations { get; set; } = 210_000;

    /// <summary>
    /// Password checks every sign-in spends, whoever shares the email: a wrong password for an email of a family of
    /// three takes as long as one for an email we have never seen (more only for an email shared by more accounts).
    /// </summary>
    [Range(1, 16)]
    public int SignInHashBudget { get; set; } = 3;

    /// <summary>
    /// Threads of their own that hash passwords; 0 for one fewer than the cores (at least one). The rest of the hashes
    /// wait for them, so a burst of sign-ins cannot take the threads that serve the pages.
    /// </summary>
    [Range(0, 64)]
    public int HashWorkers { get; set; }

    /// <summary>
    /// Sign-ins one server takes in at once (checking or waiting for the hashing threads); one more is answered 503
    /// with <see cref="BusyRetryAfter"/>, its password unchecked and not counted as a try.
    /// </summary>
    [Range(1, 10_000)]
    public int SignInQueueLength { get; set; } = 20;

    /// <summary>When a sign-in turned away for a full queue is told to try again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan BusyRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
