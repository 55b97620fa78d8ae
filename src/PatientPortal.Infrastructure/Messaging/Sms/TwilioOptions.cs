using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>Twilio's Messages API and webhooks, bound from <c>PatientPortal:Twilio</c>. Off until configured.</summary>
public sealed class TwilioOptions
{
    /// <summary>Without it no text is sent: each SMS is recorded as failed with "SMS is not configured".</summary>
    public bool Enabled { get; set; }

    public string? AccountSid { get; set; }

    /// <summary>Signs our API calls and, unless a signing key is named, the webhooks Twilio posts to us.</summary>
    public string? AuthToken { get; set; }

    /// <summary>
    /// Secrets of Twilio's webhook signing keys by key id, for webhooks whose
    /// <c>X-Twilio-Webhooks-Signature-Settings</c> names a key (HMAC-SHA256). A key not listed here is refused.
    /// </summary>
    public Dictionary<string, string> WebhookSigningKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The sending number in E.164; or use <see cref="MessagingServiceSid"/>.</summary>
    public string? From { get; set; }

    public string? MessagingServiceSid { get; set; }

    /// <summary>Where API calls go: a regional endpoint, a proxy or a test server instead of Twilio's own.</summary>
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
