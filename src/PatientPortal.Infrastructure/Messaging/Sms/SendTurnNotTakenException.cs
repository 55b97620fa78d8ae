namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// The text's turn at the sender's rate could not be taken (the database holding the slot failed), so the request
/// never left for Twilio: the text is surely not sent and may go again (see <see cref="TwilioAttempts.NeverLeft"/>).
/// </summary>
internal sealed class SendTurnNotTakenException(Exception cause)
    : HttpRequestException($"The text's turn at the sender's rate could not be taken, so it was not sent: {cause.Message}", cause);
