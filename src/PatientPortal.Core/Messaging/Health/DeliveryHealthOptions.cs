using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Core.Messaging.Health;

/// <summary>
/// When staff are told a channel is down, and where the alert goes; bound from <c>PatientPortal:Messaging</c>
/// beside <see cref="MessagingOptions"/>.
/// </summary>
public sealed class DeliveryHealthOptions
{
    /// <summary>The practice address told when a channel is down (by text to <see cref="AlertSms"/> when email itself is down).</summary>
    public string? AlertEmail { get; set; }

    /// <summary>A mobile number in E.164 told by text when email is down (or when there is no <see cref="AlertEmail"/>).</summary>
    [RegularExpression(@"^\+[1-9][0-9]{6,14}$", ErrorMessage = "PatientPortal:Messaging:AlertSms must be a mobile number in E.164, such as +447911123456.")]
    public string? AlertSms { get; set; }

    /// <summary>A channel is down when every try has failed for this long (no message sent since the first failure).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AlertAfterFailingFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>...or when this share of the messages tried within <see cref="AlertFailureRateWindow"/> is failing.</summary>
    [Range(0.01, 1.0)]
    public double AlertFailureRate { get; set; } = 0.5;

    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan AlertFailureRateWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The failure rate counts only once this many messages were tried within the window (one bad address is not an outage).</summary>
    [Range(1, 100_000)]
    public int AlertFailureRateMinimum { get; set; } = 20;
}
