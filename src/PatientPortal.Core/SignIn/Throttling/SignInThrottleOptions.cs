using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Core.SignIn.Throttling;

/// <summary>
/// Failed sign-ins per account (NIST SP 800-63B 5.2.2): a few free tries, then a wait that doubles from
/// <see cref="FirstDelay"/> up to <see cref="MaximumDelay"/>; at <see cref="SuspendAfter"/> consecutive failures a
/// patient's password stops working until they reset it with the link sent to them.
/// </summary>
public sealed class SignInThrottleOptions
{
    [Range(1, 50)]
    public int FreeFailures { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaximumDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>NIST allows at most 100 consecutive failures on one account.</summary>
    [Range(10, 100)]
    public int SuspendAfter { get; set; } = 100;

    /// <summary>The wait before the next try after <paramref name="failures"/> consecutive failures.</summary>
    public TimeSpan? DelayAfter(int failures)
    {
        if (failures <= FreeFailures)
        {
            return null;
        }

        var doublings = Math.Min(failures - FreeFailures - 1, 30);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < MaximumDelay ? delay : MaximumDelay;
    }
}
