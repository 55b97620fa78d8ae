using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Templates.Layout;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>
/// The email job of <see cref="OutboxDispatcher"/>: one SMTP connection for the job (a new one after a failure),
/// each message rendered in the current layout and sent under the claim. An email's outcome is committed in one
/// transaction with the claim's check of the next email, so each is in the database before the next goes with one
/// commit per message; an email that will not go, the last one, and one before a new connection are saved on their own.
/// </summary>
public sealed class EmailDispatch(
    PatientPortalDbContext db,
    DispatchSteps steps,
    IEmailSender emailSender,
    IMessageTemplateStore templates,
    EmailLayout layout,
    MessageModels models,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher> logger)
{
    private const string StoppedMidCall = "The server stopped before the provider answered; the message may have been sent.";

    /// <param name="calls">Cancels an email on the wire (a stop, after its grace).</param>
    /// <param name="cancellationToken">Stops the job: nothing new starts.</param>
    public async Task SendAsync(OutboxClaim claim, CancellationToken calls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        IEmailConnection? connection = null;
        try
        {
            // Read once for the batch: the layout current now, and the patients it may name.
            var layoutTemplates = await templates.CurrentAsync(cancellationToken);
            var patients = await PatientsAsync(claim.Messages, cancellationToken);
            steps.Untrack(claim.Messages);
            // The email sent last, whose outcome is not yet committed.
            OutboxMessage? unsaved = null;
            try
            {
                foreach (var message in claim.Messages)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    steps.Track(message);
                    if (!await steps.ComposeAsync(message, cancellationToken) || Render(message, layoutTemplates, patients) is not { } email)
                    {
                        await steps.SaveAsync();
                        steps.Untrack(unsaved, message);
                        unsaved = null;
                        continue;
                    }

                    EmailSendResult result;
                    var attemptAt = timeProvider.GetUtcNow();
                    try
                    {
                        if (connection is null)
                        {
                            // Connecting may take the whole timeout: what the last email did is not kept waiting for it.
                            await steps.SaveAsync();
                            steps.Untrack(unsaved);
                            unsaved = null;
                            connection = await emailSender.ConnectAsync(cancellationToken);
                        }

                        if (!await StartAsync(claim, message, unsaved))
                        {
                            steps.LogClaimLost(claim, message);
                            return;
                        }

                        steps.Untrack(unsaved);
                        unsaved = null;
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

                    if (!Record(message, result, attemptAt) && connection is not null)
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }

                    // Committed with the next email's check, or below: a crash after that never sends this one again.
                    unsaved = message;
                }
            }
            finally
            {
                await steps.SaveAsync();
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

    /// <summary>
    /// The claim's check before <paramref name="message"/> goes, in one commit with the outcome of the email before
    /// it (nothing of <paramref name="message"/> itself is unsaved here).
    /// </summary>
    private async Task<bool> StartAsync(OutboxClaim claim, OutboxMessage message, OutboxMessage? unsaved)
    {
        if (unsaved is null)
        {
            return await claim.TryStartAsync(message);
        }

        // The outcome counts as saved only once committed: a check that throws leaves it to the next save.
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, CancellationToken.None);
        var held = await claim.TryStartAsync(message);
        await transaction.CommitAsync(CancellationToken.None);
        db.ChangeTracker.AcceptAllChanges();
        return held;
    }

    /// <summary>Writes the outcome on the message; false when the connection it went over is not to be used again.</summary>
    private bool Record(OutboxMessage message, EmailSendResult result, DateTimeOffset attemptAt)
    {
        var now = timeProvider.GetUtcNow();
        switch (result.Outcome)
        {
            case EmailSendOutcome.Sent:
                message.MarkSent(result.MessageId, now);
                return true;
            case EmailSendOutcome.Rejected:
                message.Fail(result.Error ?? "Rejected by the mail server.", now);
                return true;
            case EmailSendOutcome.PossiblySent:
                logger.LogWarning("Outbox message {MessageId} may have been sent (the mail server had all of it, then no reply); it is not sent again: {Error}", message.Id, LogValue.Safe(result.Error));
                message.MarkPossiblySent($"Possibly sent: the mail server had the whole message, then no reply came ({result.Error}). Not sent again unless you send it again.", attemptAt, now);
                return false;
            default:
                steps.RetryOrFail(message, result.Error ?? "The mail server could not be reached.", now);
                return false;
        }
    }

    /// <summary>
    /// The email as it goes: its body, with the link token in, inside the practice's current layout. Templates
    /// are checked when saved, but one saved before a check existed (or a value printed into an address) must
    /// still not send what the sanitiser removes, so the laid-out HTML is sanitised and the text part derived
    /// from what goes.
    /// </summary>
    private EmailMessage? Render(OutboxMessage message, TemplateSet layoutTemplates, Dictionary<Guid, PatientData> patients)
    {
        if (steps.Substitute(message, message.HtmlBody ?? string.Empty) is not { } html)
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
}
