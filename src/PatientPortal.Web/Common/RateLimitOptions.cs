using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Web.Common;

/// <summary>Limits on public form posts per client (invite-code attempts, sign-up, sign-in, confirmation).</summary>
public sealed class RateLimitOptions
{
    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 10;

    [Range(1, 1_000_000)]
    public int PermitsPerHour { get; set; } = 100;
}
