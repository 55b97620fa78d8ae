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

    /// <summary>How many passwords are hashed at once; the rest wait, so a burst of sign-ins cannot starve the server.</summary>
    [Range(1, 64)]
    public int MaxConcurrentHashes { get; set; } = 4;
}
