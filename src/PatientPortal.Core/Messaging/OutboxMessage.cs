namespace PatientPortal.Core.Messaging;

/// <summary>
/// One message to one recipient, stored before any job is queued so nothing is lost when a worker or the
/// server stops. A link token in the message is kept only encrypted (<see cref="ProtectedLinkToken"/>) and
/// put into the text at send time in place of <see cref="LinkTokenPlaceholder"/>; it is erased once sent.
/// </summary>
public sealed class OutboxMessage
{
    public const string LinkTokenPlaceholder = "__LINK_TOKEN__";

    /// <summary>What <see cref="OutcomeUnknownSince"/> was before the call under way (<see cref="StartCall"/>); not stored.</summary>
    private DateTimeOffset? _outcomeUnknownBeforeCall;

    private OutboxMessage()
    {
        Recipient = string.Empty;
        TextBody = string.Empty;
    }

    public Guid Id { get; private set; }

    public MessageChannel Channel { get; private set; }

    public MessagePurpose Purpose { get; private set; }

    public Guid? PatientId { get; private set; }

    public Guid? InvitationId { get; private set; }

    public Guid? BatchId { get; private set; }

    /// <summary>The appointment a payment-in-advance message is about.</summary>
    public Guid? AppointmentId { get; private set; }

    /// <summary>The recall a recall message is about.</summary>
    public Guid? RecallId { get; private set; }

    /// <summary>
    /// Still to be written from its template (<see cref="IsComposedAtSend"/>): set when it is queued or sent again,
    /// cleared by <see cref="Compose"/>.
    /// </summary>
    public bool AwaitsComposing { get; private set; }

    /// <summary>An email address, or a mobile number in E.164.</summary>
    public string Recipient { get; private set; }

    public string? RecipientName { get; private set; }

    public string? Subject { get; private set; }

    public string? HtmlBody { get; private set; }

    /// <summary>The plain-text email body, or the SMS text.</summary>
    public string TextBody { get; private set; }

    public string? ProtectedLinkToken { get; private set; }

    public MessageStatus Status { get; private set; }

    public string? SuppressionReason { get; private set; }

    public int Attempts { get; private set; }

    public string? ProviderMessageId { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// When a send first failed in a way worth another try (the server or provider could not be reached); cleared
    /// when an admin sends it again. Staff are told a channel is down from it (see <c>Messaging/Health</c>).
    /// </summary>
    public DateTimeOffset? FailingSince { get; private set; }

    /// <summary>
    /// Set when an attempt's outcome is unknown (the provider may have taken it): the start of the first such attempt.
    /// A text is looked up at Twilio from then before it is sent again; an email is <see cref="MessageStatus.PossiblySent"/>.
    /// Cleared once it is known to be sent.
    /// </summary>
    public DateTimeOffset? OutcomeUnknownSince { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Not sent before this time (quiet hours for SMS, backoff after a failure).</summary>
    public DateTimeOffset NotBefore { get; private set; }

    /// <summary>Which worker holds a Sending message, and until when.</summary>
    public Guid? ClaimId { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static OutboxMessage Email(EmailMessage message, MessageContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var outbox = New(MessageChannel.Email, context, message.To, now, now);
        outbox.RecipientName = message.ToName;
        outbox.Subject = message.Subject;
        outbox.HtmlBody = message.HtmlBody;
        outbox.TextBody = message.TextBody;
        return outbox;
    }

    public static OutboxMessage Sms(string mobile, string text, MessageContext context, DateTimeOffset now, DateTimeOffset notBefore)
    {
        var outbox = New(MessageChannel.Sms, context, mobile, now, notBefore);
        outbox.TextBody = text;
        return outbox;
    }

    /// <summary>A message to be written from its template at send time (see <see cref="IsComposedAtSend"/>).</summary>
    public static OutboxMessage ToCompose(MessageChannel channel, string recipient, string? recipientName, MessageContext context, DateTimeOffset now, DateTimeOffset notBefore)
    {
        var outbox = New(channel, context, recipient, now, notBefore);
        if (!outbox.IsComposedAtSend)
        {
            throw new InvalidOperationException($"A {context.Purpose} message is written when it is queued, not at send time.");
        }

        outbox.RecipientName = recipientName;
        outbox.AwaitsComposing = true;
        return outbox;
    }

    /// <summary>A message that cannot be sent (no consent, no contact details), recorded so staff can see why.</summary>
    public static OutboxMessage Suppressed(MessageChannel channel, string? recipient, MessageContext context, string reason, DateTimeOffset now)
    {
        var outbox = New(channel, context, recipient ?? string.Empty, now, now);
        outbox.Status = MessageStatus.Suppressed;
        outbox.SuppressionReason = reason;
        return outbox;
    }

    /// <summary>Written at send time: the text, and the invitation (and encrypted token) it carries, if any. Kept for retries.</summary>
    public void Compose(string? subject, string? htmlBody, string textBody, Guid? invitationId, string? protectedLinkToken, DateTimeOffset now)
    {
        Subject = subject;
        HtmlBody = htmlBody;
        TextBody = textBody;
        InvitationId = invitationId ?? InvitationId;
        ProtectedLinkToken = protectedLinkToken;
        AwaitsComposing = false;
        UpdatedAt = now;
    }

    /// <summary>The provider accepted it (or the SMTP server took it); the link token is no longer needed.</summary>
    public void MarkSent(string? providerMessageId, DateTimeOffset now)
    {
        Status = MessageStatus.Sent;
        ProviderMessageId = providerMessageId;
        SentAt = now;
        OutcomeUnknownSince = null;
        Release(now);
    }

    /// <summary>
    /// The attempt that started at <paramref name="attemptStartedAt"/> may have reached the provider: noted (the
    /// earliest such attempt is kept) before the message goes back to Pending (<see cref="Retry"/>) or fails.
    /// </summary>
    public void NoteOutcomeUnknown(DateTimeOffset attemptStartedAt) => OutcomeUnknownSince ??= attemptStartedAt;

    /// <summary>
    /// A call to the provider starts: until its answer is recorded, whether it went is unknown. Stored before the
    /// call (with the claim's check), so a worker that dies during it leaves the message to be looked up at the
    /// provider before anyone sends it again. <see cref="CallNotTaken"/> undoes it when the answer says it surely
    /// did not go; <see cref="MarkSent"/> clears it.
    /// </summary>
    public void StartCall(DateTimeOffset startedAt)
    {
        _outcomeUnknownBeforeCall = OutcomeUnknownSince;
        NoteOutcomeUnknown(startedAt);
    }

    /// <summary>The call surely never reached the provider (refused for now or for good, no connection, stopped in its wait): what was known before it stands.</summary>
    public void CallNotTaken() => OutcomeUnknownSince = _outcomeUnknownBeforeCall;

    /// <summary>An email the server may have taken: not sent again by itself; staff may (<see cref="Requeue"/>).</summary>
    public void MarkPossiblySent(string error, DateTimeOffset attemptStartedAt, DateTimeOffset now)
    {
        NoteOutcomeUnknown(attemptStartedAt);
        Status = MessageStatus.PossiblySent;
        LastError = Truncate(error);
        Release(now);
    }

    /// <summary>A failure worth another try: back to Pending, not before the given time.</summary>
    public void Retry(string error, DateTimeOffset retryAt, DateTimeOffset now)
    {
        Status = MessageStatus.Pending;
        LastError = Truncate(error);
        FailingSince ??= now;
        NotBefore = retryAt;
        ClaimId = null;
        LeaseUntil = null;
        UpdatedAt = now;
    }

    /// <summary>Not now (quiet hours): back to Pending without counting an attempt.</summary>
    public void Defer(DateTimeOffset notBefore, DateTimeOffset now)
    {
        Status = MessageStatus.Pending;
        Attempts = Math.Max(0, Attempts - 1);
        NotBefore = notBefore;
        ClaimId = null;
        LeaseUntil = null;
        UpdatedAt = now;
    }

    /// <summary>An admin sends a failed message again (the mail server is back): a fresh set of attempts, now.</summary>
    public void Requeue(DateTimeOffset now)
    {
        // Staff chose to send a possibly-sent email again; a text keeps its mark, so it is looked up at Twilio first.
        if (Channel == MessageChannel.Email)
        {
            OutcomeUnknownSince = null;
        }

        Status = MessageStatus.Pending;
        Attempts = 0;
        FailingSince = null;
        NotBefore = now;
        UpdatedAt = now;
    }

    /// <summary>
    /// Sent again and written again: a message composed at send time (TRD tokens) decides afresh on the
    /// patient, with a new invitation if one is still needed (the old link's token was erased when it failed).
    /// </summary>
    public void RequeueToCompose(DateTimeOffset now)
    {
        Subject = null;
        HtmlBody = null;
        TextBody = string.Empty;
        InvitationId = null;
        ProtectedLinkToken = null;
        AwaitsComposing = true;
        Requeue(now);
    }

    /// <summary>
    /// Written from its template when it is sent, not when it is queued (and so written again when sent again):
    /// TRD tokens decide on the patient's account at that moment, and the invitation they may carry is created
    /// only for a message that goes out.
    /// </summary>
    public bool IsComposedAtSend => Purpose is MessagePurpose.PaymentInAdvance or MessagePurpose.Recall;

    public bool CarriesALink => TextBody.Contains(LinkTokenPlaceholder, StringComparison.Ordinal);

    public void Fail(string error, DateTimeOffset now)
    {
        Status = MessageStatus.Failed;
        LastError = Truncate(error);
        Release(now);
    }

    /// <summary>A failed message replaced by a new one (a fresh invitation): no longer waiting for anyone's attention.</summary>
    public void Supersede(string note, DateTimeOffset now) => Suppress(note, now);

    public void Suppress(string reason, DateTimeOffset now)
    {
        Status = MessageStatus.Suppressed;
        SuppressionReason = reason;
        Release(now);
    }

    /// <summary>A delivery report from the provider. Reports arrive out of order: a final state is never undone.</summary>
    public bool ApplyDeliveryReport(MessageStatus reported, string? error, DateTimeOffset now)
    {
        if (Status is MessageStatus.Delivered or MessageStatus.Failed or MessageStatus.Suppressed || reported == Status)
        {
            return false;
        }

        if (reported is not (MessageStatus.Sent or MessageStatus.Delivered or MessageStatus.Failed))
        {
            return false;
        }

        Status = reported;
        LastError = reported == MessageStatus.Failed ? Truncate(error) : LastError;
        UpdatedAt = now;
        return true;
    }

    public void ProtectLinkToken(string protectedToken) => ProtectedLinkToken = protectedToken;

    private void Release(DateTimeOffset now)
    {
        ProtectedLinkToken = null;
        ClaimId = null;
        LeaseUntil = null;
        UpdatedAt = now;
    }

    private static OutboxMessage New(MessageChannel channel, MessageContext context, string recipient, DateTimeOffset now, DateTimeOffset notBefore) => new()
    {
        Id = Guid.CreateVersion7(now),
        Channel = channel,
        Purpose = context.Purpose,
        PatientId = context.PatientId,
        InvitationId = context.InvitationId,
        BatchId = context.BatchId,
        AppointmentId = context.AppointmentId,
        RecallId = context.RecallId,
        Recipient = recipient,
        Status = MessageStatus.Pending,
        CreatedAt = now,
        UpdatedAt = now,
        NotBefore = notBefore,
    };

    private static string? Truncate(string? error) => error is { Length: > 1000 } ? error[..1000] : error;
}
