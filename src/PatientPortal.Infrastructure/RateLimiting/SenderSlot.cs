namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>When a sender may next send, one row per sender, kept in the database so every server keeps one rate together.</summary>
public sealed class SenderSlot
{
    public const int MaximumSenderLength = 64;

    public SenderSlot(string sender, DateTimeOffset nextFreeAt)
    {
        Sender = sender;
        NextFreeAt = nextFreeAt;
    }

    /// <summary>The sending number (E.164) or Messaging Service SID.</summary>
    public string Sender { get; private set; }

    /// <summary>The earliest time the next send may start: the last one's start plus the sender's interval.</summary>
    public DateTimeOffset NextFreeAt { get; private set; }
}
