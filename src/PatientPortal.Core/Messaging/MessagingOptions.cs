using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Core.Messaging;

public sealed class MessagingOptions
{
    /// <summary>No SMS is sent from this time of day (practice time zone); they wait until <see cref="SmsQuietHoursEnd"/>.</summary>
    public TimeOnly? SmsQuietHoursStart { get; set; } = new(21, 0);

    public TimeOnly? SmsQuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>Attempts before a message that keeps failing (SMTP down, Twilio 5xx) is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The first wait after a failure; each later one doubles, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a send job's claim on its messages lasts without renewal. The job renews it every third of this
    /// while it works, however long it takes; when the worker dies, the sweep queues its messages again once this has passed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// On shutdown, how long an email already on the wire may go on before it is cut off (a text on the wire is never
    /// cut off; it finishes within Twilio's request timeout). Nothing new starts once the server is asked to stop;
    /// the job server's shutdown timeout is this plus five seconds, so keep it at least Twilio's request timeout.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:02:00")]
    public TimeSpan SendStopGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time a freshly queued job gets to start before the sweep queues its messages again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages per job; email reuses one SMTP connection for all of them.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryBaseDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }
}
