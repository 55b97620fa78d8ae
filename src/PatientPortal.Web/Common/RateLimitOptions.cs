using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Web.Common;

/// <summary>
/// Limits on public form posts per client (invite-code attempts, sign-up, sign-in, confirmation), and the
/// invite-code step's budget of refused codes across all clients.
/// </summary>
public sealed class RateLimitOptions
{
    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 10;

    [Range(1, 1_000_000)]
    public int PermitsPerHour { get; set; } = 100;

    /// <summary>The window the invite-code budgets are counted in.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan InviteCodeWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Refused invite codes from all clients within one window beyond which the code step is under attack.</summary>
    [Range(1, 1_000_000)]
    public int InviteCodeFailuresPerWindow { get; set; } = 30;

    /// <summary>Refused codes close to one live code (see InviteCodeNearMiss) within one window beyond which the code step is under attack.</summary>
    [Range(1, 1_000_000)]
    public int InviteCodeNearMissesPerWindow { get; set; } = 10;

    /// <summary>While under attack: invite-code requests (check or sign-up) one client may make in a window.</summary>
    [Range(1, 10_000)]
    public int InviteCodeAttemptsPerClientUnderAttack { get; set; } = 3;

    /// <summary>While under attack: how much later every invite-code answer comes, right or wrong alike.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan InviteCodeDelayUnderAttack { get; set; } = TimeSpan.FromSeconds(3);
}
