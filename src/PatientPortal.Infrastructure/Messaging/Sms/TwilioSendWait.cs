namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// Carries a text's cancellation to <see cref="TwilioSendPermitHandler"/> under the helper library, which takes no
/// token: a stop may end the wait for the first attempt's turn at the sender's rate, so a cancelled send has not
/// reached Twilio. Once that attempt has gone the call runs to its end, retries included (their waits too), as a
/// call on the wire is never abandoned.
/// </summary>
internal sealed class TwilioSendWait : IDisposable
{
    private static readonly AsyncLocal<TwilioSendWait?> Current = new();

    private readonly CancellationToken _cancellationToken;
    private bool _started;

    private TwilioSendWait(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>For the text sent in this flow until disposed.</summary>
    public static TwilioSendWait CancelledBy(CancellationToken cancellationToken) => Current.Value = new TwilioSendWait(cancellationToken);

    /// <summary>The token for an attempt's wait: the text's for its first attempt, none after that (or outside a send).</summary>
    public static CancellationToken ForAttempt()
    {
        if (Current.Value is not { _started: false } wait)
        {
            return CancellationToken.None;
        }

        wait._started = true;
        return wait._cancellationToken;
    }

    public void Dispose()
    {
        if (ReferenceEquals(Current.Value, this))
        {
            Current.Value = null;
        }
    }
}
