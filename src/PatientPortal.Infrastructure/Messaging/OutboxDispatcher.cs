using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Templates.Layout;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>
/// Sends outbox messages by id. Messages are claimed before they are sent (<see cref="OutboxClaim"/>: renewed
/// while the job works, checked just before each provider call) and each is recorded right after, so a job that
/// runs twice sends nothing twice and a dead worker loses nothing (its lease runs out and the sweep queues the
/// message again). A send whose outcome is unknown (Twilio's 5xx or a timeout; an email server silent after the
/// whole message) is recorded as such: a text is looked up at Twilio before it goes again, an email is possibly
/// sent and left to staff. A text's call is marked unknown before it starts (<see cref="OutboxMessage.StartCall"/>),
/// so a text whose worker died during its call is looked up too. The one window left is an email whose worker dies
/// between the server taking it and our record of it: it is sent again (at least once). On shutdown the call under
/// way may finish (within <see cref="MessagingOptions.SendStopGrace"/>); nothing new starts, and what was not started
/// goes back.
/// </summary>
public sealed class OutboxDispatcher(
    PatientPortalDbContext db,
    OutboxClaims claims,
    IEmailSender emailSender,
    ISmsSender smsSender,
    EarlierSmsAttempts earlierSmsAttempts,
    ILinkTokenProtector linkTokens,
    IPortalLinks links,
    QuietHours quietHours,
    IWorkQueue workQueue,
    DeliveryReports deliveryReports,
    MessageComposer composer,
    IMessageTemplateStore templates,
    EmailLayout layout,
    MessageModels models,
    TimeProvider timeProvider,
    IOptions<MessagingOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    private const string StoppedMidCall = "The server stopped before the provider answered; the message may have been sent.";

    /// <param name="cancellationToken">Stops the job (the server is shutting down): nothing new is claimed or started.</param>
    public async Task SendAsync(MessageChannel channel, IReadOnlyList<Guid> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        cancellationToken.ThrowIfCancellationRequested();
        // Disposed last, on every way out: hands back what was not started (a stop, a lost claim) at once.
        await using var claim = await claims.TakeAsync(channel, messageIds, cancellationToken);
        if (claim.Messages.Count == 0)
        {
            await RescheduleEarlyAsync(channel, messageIds, cancellationToken);
            return;
        }

        // Cutting a call off on the wire leaves its outcome unknown, and the message would go again. The SMS sender
        // never does (a stop only ends a text's wait for its turn); an email on the wire has its own token instead,
        // which a stop cancels only after the grace, within the job server's shutdown timeout.
        using var calls = new CancellationTokenSource();
        await using var stopping = cancellationToken.Register(() =>
        {
            logger.LogInformation("Send job stopping: nothing new starts, a call on the wire finishes (an email within {Grace}) and claim {ClaimId} hands back the rest", options.Value.SendStopGrace, claim.Id);
            calls.CancelAfter(options.Value.SendStopGrace);
        });
        if (channel == MessageChannel.Email)
        {
            await SendEmailsAsync(claim, calls.Token, cancellationToken);
        }
        else
        {
            await SendTextsAsync(claim, cancellationToken);
        }

        QueueRetries(channel, claim.Messages);
    }

    /// <summary>A job that started before its messages were due (clock skew, a scheduler's rounding) queues them again for their time.</summary>
    private async Task RescheduleEarlyAsync(MessageChannel channel, IReadOnlyList<Guid> messageIds, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var early = await db.OutboxMessages.AsNoTracking()
            .Where(message => messageIds.Contains(message.Id) && message.Status == MessageStatus.Pending && message.NotBefore > now)
            .Select(message => new SendableMessage(message.Id, channel, message.NotBefore))
            .ToListAsync(cancellationToken);
        foreach (var job in SendJobs.For(early, now, options.Value.BatchSize))
        {
            workQueue.Queue(job);
        }
    }

    private async Task SendEmailsAsync(OutboxClaim claim, CancellationToken calls, CancellationToken cancellationToken)
    {
        IEmailConnection? connection = null;
        try
        {
            // Read once for the batch: the layout current now, and the patients it may name.
            var layoutTemplates = await templates.CurrentAsync(cancellationToken);
            var patients = await PatientsAsync(claim.Messages, cancellationToken);
            foreach (var message in claim.Messages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!await ComposeAsync(message, cancellationToken) || Render(message, layoutTemplates, patients) is not { } email)
                {
                    await SaveAsync();
                    continue;
                }

                EmailSendResult result;
                var attemptAt = timeProvider.GetUtcNow();
                try
                {
                    connection ??= await emailSender.ConnectAsync(cancellationToken);
                    if (!await claim.TryStartAsync(message))
                    {
                        LogClaimLost(claim, message);
                        return;
                    }

                    result = await connection.SendAsync(email, calls);
                }
                catch (OperationCanceledException) when (calls.IsCancellationRequested)
                {
                    result = new EmailSendResult(EmailSendOutcome.TransientFailure, null, StoppedMidCall);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    result = new EmailSendResult(EmailSendOutcome.TransientFailure, null, exception.Message);
                }

                var now = timeProvider.GetUtcNow();
                switch (result.Outcome)
                {
                    case EmailSendOutcome.Sent:
                        message.MarkSent(result.MessageId, now);
                        break;
                    case EmailSendOutcome.Rejected:
                        message.Fail(result.Error ?? "Rejected by the mail server.", now);
                        break;
                    case EmailSendOutcome.PossiblySent:
                        logger.LogWarning("Outbox message {MessageId} may have been sent (the mail server had all of it, then no reply); it is not sent again: {Error}", message.Id, LogValue.Safe(result.Error));
                        message.MarkPossiblySent($"Possibly sent: the mail server had the whole message, then no reply came ({result.Error}). Not sent again unless you send it again.", attemptAt, now);
                        await connection!.DisposeAsync();
                        connection = null;
                        break;
                    default:
                        RetryOrFail(message, result.Error ?? "The mail server could not be reached.", now);
                        if (connection is not null)
                        {
                            await connection.DisposeAsync();
                            connection = null;
                        }

                        break;
                }

                // Recorded one by one: a crash after this line never sends this message again.
                await SaveAsync();
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task SendTextsAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        foreach (var message in claim.Messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = timeProvider.GetUtcNow();
            var allowed = quietHours.NextAllowed(now);
            if (allowed > now)
            {
                message.Defer(allowed, now);
                await SaveAsync();
                continue;
            }

            if (await IsOptedOutAsync(message.Recipient, cancellationToken))
            {
                message.Suppress("The recipient has opted out of text messages.", now);
                await SaveAsync();
                continue;
            }

            if (!await ComposeAsync(message, cancellationToken))
            {
                await SaveAsync();
                continue;
            }

            var text = Substitute(message, message.TextBody);
            if (text is null)
            {
                await SaveAsync();
                continue;
            }

            var validFor = SmsValidity.For(await LinkExpiresAtAsync(message, cancellationToken), now);
            // Asked before the claim's check: it sends nothing, and what it finds is recorded only under the claim.
            // An earlier call whose worker died before recording its answer left the mark too (StartCall).
            var earlier = message.OutcomeUnknownSince is { } since ? await earlierSmsAttempts.FindAsync(message, text, since, cancellationToken) : null;
            var settles = earlier is { Outcome: SentSmsLookupOutcome.Found or SentSmsLookupOutcome.Failed };
            var attemptAt = timeProvider.GetUtcNow();
            if (!settles)
            {
                message.StartCall(attemptAt);
            }

            if (!await claim.TryStartAsync(message))
            {
                LogClaimLost(claim, message);
                return;
            }

            if (settles)
            {
                Settle(message, earlier!, timeProvider.GetUtcNow());
                await SaveAsync();
                continue;
            }

            SmsSendResult result;
            try
            {
                result = await smsSender.SendAsync(new SmsMessage(message.Recipient, text, links.SmsStatusCallback(), validFor), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped while it waited for its turn: it never reached Twilio, so it goes back with the rest.
                message.CallNotTaken();
                await SaveAsync();
                claim.NotStarted(message);
                throw;
            }

            if (result.Outcome is not (SmsSendOutcome.Accepted or SmsSendOutcome.OutcomeUnknown))
            {
                message.CallNotTaken();
            }

            now = timeProvider.GetUtcNow();
            switch (result.Outcome)
            {
                case SmsSendOutcome.Accepted:
                    message.MarkSent(result.ProviderMessageId, now);
                    break;
                case SmsSendOutcome.OptedOut:
                    message.Suppress($"The recipient has opted out of text messages (provider error {result.ErrorCode}).", now);
                    await deliveryReports.OptOutAsync(message.Recipient, now, CancellationToken.None);
                    break;
                case SmsSendOutcome.Rejected:
                    message.Fail(Describe(result), now);
                    break;
                case SmsSendOutcome.OutcomeUnknown:
                    message.NoteOutcomeUnknown(attemptAt);
                    RetryOrFail(message, $"Outcome unknown, Twilio may have sent it ({Describe(result)}); it is looked up at Twilio before it goes again.", now);
                    break;
                default:
                    RetryOrFail(message, Describe(result), now);
                    break;
            }

            await SaveAsync();
        }
    }

    /// <summary>
    /// Writes a message that waits for its send time (TRD tokens) and saves it, with any invitation it made,
    /// before it goes: a retry or a second worker sends the same text and link. False when it will not go.
    /// </summary>
    private async Task<bool> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!message.AwaitsComposing)
        {
            return true;
        }

        try
        {
            await composer.ComposeAsync(message, timeProvider.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A template that no longer renders (edited outside the validator) fails this message, not the batch.
            logger.LogError(exception, "Outbox message {MessageId} could not be written from its template", message.Id);
            db.ChangeTracker.Entries().Where(entry => entry.Entity is not OutboxMessage).ToList().ForEach(entry => entry.State = EntityState.Detached);
            message.Fail($"The message could not be written from its template: {exception.Message}", timeProvider.GetUtcNow());
        }

        await SaveAsync();
        return message.Status == MessageStatus.Sending;
    }

    /// <summary>When the link in this message stops working: its invitation's expiry, if it carries one.</summary>
    private async Task<DateTimeOffset?> LinkExpiresAtAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        message.InvitationId is { } invitationId
            ? await db.Invitations.AsNoTracking().Where(invitation => invitation.Id == invitationId).Select(invitation => (DateTimeOffset?)invitation.ExpiresAt).SingleOrDefaultAsync(cancellationToken)
            : null;

    private Task<bool> IsOptedOutAsync(string mobile, CancellationToken cancellationToken) =>
        db.Patients.AnyAsync(patient => patient.Mobile == mobile && patient.SmsOptedOutAt != null, cancellationToken);

    /// <summary>
    /// The email as it goes: its body, with the link token in, inside the practice's current layout. Templates
    /// are checked when saved, but one saved before a check existed (or a value printed into an address) must
    /// still not send what the sanitiser removes, so the laid-out HTML is sanitised and the text part derived
    /// from what goes.
    /// </summary>
    private EmailMessage? Render(OutboxMessage message, TemplateSet layoutTemplates, Dictionary<Guid, PatientData> patients)
    {
        if (Substitute(message, message.HtmlBody ?? string.Empty) is not { } html)
        {
            return null;
        }

        // A patient no longer on file is named by nothing.
        var patient = message.PatientId is { } id && patients.TryGetValue(id, out var found) ? found : new PatientData(null, string.Empty, string.Empty, HasAccount: false);
        LaidOutEmail sent;
        try
        {
            sent = layout.Apply(layoutTemplates, message.Purpose, patient, message.Subject ?? string.Empty, html);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A layout that no longer renders (edited outside the validator) fails this message, not the batch.
            logger.LogError(exception, "Outbox message {MessageId} could not be put in the email layout", message.Id);
            message.Fail($"The email could not be put in the email layout: {exception.Message}", timeProvider.GetUtcNow());
            return null;
        }

        if (sent.Removed.Count > 0)
        {
            logger.LogWarning("Outbox message {MessageId}: the sanitiser removed {Removed} from its HTML before sending", message.Id, string.Join(", ", sent.Removed));
        }

        return new EmailMessage(message.Recipient, message.RecipientName, message.Subject ?? string.Empty, sent.Html, sent.Text, $"{message.Id:N}@patient-portal");
    }

    /// <summary>The patients of a batch as the layout may name them, in one query.</summary>
    private async Task<Dictionary<Guid, PatientData>> PatientsAsync(IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var ids = messages.Where(message => message.PatientId is not null).Select(message => message.PatientId!.Value).Distinct().ToList();
        var found = await db.Patients.AsNoTracking().Where(patient => ids.Contains(patient.Id)).ToListAsync(cancellationToken);
        return found.ToDictionary(patient => patient.Id, patient => models.For(patient).Patient);
    }

    /// <summary>Puts the decrypted link token into the text; fails the message for good when it cannot be decrypted.</summary>
    private string? Substitute(OutboxMessage message, string body)
    {
        if (!body.Contains(OutboxMessage.LinkTokenPlaceholder, StringComparison.Ordinal))
        {
            return body;
        }

        // Never send the placeholder itself: a link whose token is gone (or cannot be decrypted) fails the message.
        if (message.ProtectedLinkToken is null || linkTokens.Unprotect(message.ProtectedLinkToken) is not { } token)
        {
            logger.LogError("Outbox message {MessageId}: its link token cannot be decrypted (was the key ring replaced?)", message.Id);
            message.Fail("The link in this message could not be decrypted; send a new invitation.", timeProvider.GetUtcNow());
            return null;
        }

        return body.Replace(OutboxMessage.LinkTokenPlaceholder, token, StringComparison.Ordinal);
    }

    private void RetryOrFail(OutboxMessage message, string error, DateTimeOffset now)
    {
        if (message.Attempts >= options.Value.MaxAttempts)
        {
            logger.LogError("Outbox message {MessageId} failed after {Attempts} attempts: {Error}", message.Id, message.Attempts, LogValue.Safe(error));
            message.Fail($"Gave up after {message.Attempts} attempts: {error}", now);
            return;
        }

        logger.LogWarning("Outbox message {MessageId} attempt {Attempts} failed, will retry: {Error}", message.Id, message.Attempts, LogValue.Safe(error));
        message.Retry(error, now + options.Value.RetryDelay(message.Attempts), now);
    }

    /// <summary>What the lookup of an earlier attempt found: sent after all, or still unknown (Twilio could not be asked).</summary>
    private void Settle(OutboxMessage message, SentSmsLookupResult earlier, DateTimeOffset now)
    {
        if (earlier.Outcome == SentSmsLookupOutcome.Found)
        {
            message.MarkSent(earlier.ProviderMessageIds[0], now);
            return;
        }

        RetryOrFail(message, $"Outcome unknown, and Twilio could not be asked whether it was sent ({earlier.Error}); nothing was sent, it is asked again later.", now);
    }

    /// <summary>Another worker took the message over (this job stalled past its lease): it sends it, this job stops.</summary>
    private void LogClaimLost(OutboxClaim claim, OutboxMessage message) =>
        logger.LogWarning("Send job stopped: claim {ClaimId} no longer holds outbox message {MessageId}, another worker has taken it over", claim.Id, message.Id);

    private void QueueRetries(MessageChannel channel, IReadOnlyList<OutboxMessage> messages)
    {
        var pending = messages.Where(message => message.Status == MessageStatus.Pending).Select(message => new SendableMessage(message.Id, channel, message.NotBefore));
        foreach (var job in SendJobs.For(pending, timeProvider.GetUtcNow(), options.Value.BatchSize))
        {
            workQueue.Queue(job);
        }
    }

    private Task<int> SaveAsync() => db.SaveChangesAsync(CancellationToken.None);

    private static string Describe(SmsSendResult result) =>
        result.ErrorCode is null ? result.Error ?? "The SMS provider did not accept the message." : $"Provider error {result.ErrorCode}: {result.Error}";
}
