using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>Twilio's Messages API, bound from <c>PatientPortal:Twilio</c>. Off until configured.</summary>
public sealed class TwilioOptions
{
    /// <summary>Without it no text is sent: each SMS is recorded as failed with "SMS is not configured".</summary>
    public bool Enabled { get; set; }

    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>The sending number in E.164; or use <see cref="MessagingServiceSid"/>.</summary>
    public string? From { get; set; }

    public string? MessagingServiceSid { get; set; }

    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.twilio.com/");

    /// <summary>Texts per second per sender; 1 is Twilio's limit for a long code.</summary>
    [Range(0.01, 1000)]
    public double MessagesPerSecond { get; set; } = 1;

    /// <summary>Retries after a 429, a 5xx or a timeout; other refusals are not retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first wait before a retry; each later one doubles, up to 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.050", "00:02:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    internal string Sender => From ?? MessagingServiceSid ?? string.Empty;
}
