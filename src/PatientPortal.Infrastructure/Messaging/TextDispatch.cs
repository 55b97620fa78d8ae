using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>
/// The text job of <see cref="OutboxDispatcher"/>: quiet hours and opt-outs first, then a lookup at Twilio for a
/// text whose earlier outcome is unknown, and the call, marked unknown before it starts. Each text is saved as soon
/// as its outcome is known (texts go at the sender's rate, so nothing is gained by waiting).
/// </summary>
public sealed class TextDispatch(
    PatientPortalDbContext db,
    DispatchSteps steps,
    ISmsSender smsSender,
    EarlierSmsAttempts earlierSmsAttempts,
    IPortalLinks links,
    QuietHours quietHours,
    DeliveryReports deliveryReports,
    TimeProvider timeProvider)
{
    /// <param name="cancellationToken">Stops the job: nothing new starts, and a text waiting for its turn goes back.</param>
    public async Task SendAsync(OutboxClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        steps.Untrack(claim.Messages);
        foreach (var message in claim.Messages)
        {
            steps.Track(message);
            try
            {
                if (!await SendAsync(claim, message, cancellationToken))
                {
                    return;
                }
            }
            finally
            {
                steps.Untrack(message);
            }
        }
    }

    /// <summary>Sends or settles one text and saves it; false when the claim no longer holds it, and the job stops.</summary>
    private async Task<bool> SendAsync(OutboxClaim claim, OutboxMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = timeProvider.GetUtcNow();
        var allowed = quietHours.NextAllowed(now);
        if (allowed > now)
        {
            message.Defer(allowed, now);
            await steps.SaveAsync();
            return true;
        }

        if (await IsOptedOutAsync(message.Recipient, cancellationToken))
        {
            message.Suppress("The recipient has opted out of text messages.", now);
            await steps.SaveAsync();
            return true;
        }

        if (!await steps.ComposeAsync(message, cancellationToken) || steps.Substitute(message, message.TextBody) is not { } text)
        {
            await steps.SaveAsync();
            return true;
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
            steps.LogClaimLost(claim, message);
            return false;
        }

        if (settles)
        {
            Settle(message, earlier!, timeProvider.GetUtcNow());
            await steps.SaveAsync();
            return true;
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
            await steps.SaveAsync();
            claim.NotStarted(message);
            throw;
        }

        if (result.Outcome is not (SmsSendOutcome.Accepted or SmsSendOutcome.OutcomeUnknown))
        {
            message.CallNotTaken();
        }

        await RecordAsync(message, result, attemptAt);
        await steps.SaveAsync();
        return true;
    }

    private async Task RecordAsync(OutboxMessage message, SmsSendResult result, DateTimeOffset attemptAt)
    {
        var now = timeProvider.GetUtcNow();
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
                steps.RetryOrFail(message, $"Outcome unknown, Twilio may have sent it ({Describe(result)}); it is looked up at Twilio before it goes again.", now);
                break;
            default:
                steps.RetryOrFail(message, Describe(result), now);
                break;
        }
    }

    /// <summary>When the link in this message stops working: its invitation's expiry, if it carries one.</summary>
    private async Task<DateTimeOffset?> LinkExpiresAtAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        message.InvitationId is { } invitationId
            ? await db.Invitations.AsNoTracking().Where(invitation => invitation.Id == invitationId).Select(invitation => (DateTimeOffset?)invitation.ExpiresAt).SingleOrDefaultAsync(cancellationToken)
            : null;

    private Task<bool> IsOptedOutAsync(string mobile, CancellationToken cancellationToken) =>
        db.Patients.AnyAsync(patient => patient.Mobile == mobile && patient.SmsOptedOutAt != null, cancellationToken);

    /// <summary>What the lookup of an earlier attempt found: sent after all, or still unknown (Twilio could not be asked).</summary>
    private void Settle(OutboxMessage message, SentSmsLookupResult earlier, DateTimeOffset now)
    {
        if (earlier.Outcome == SentSmsLookupOutcome.Found)
        {
            message.MarkSent(earlier.ProviderMessageIds[0], now);
            return;
        }

        steps.RetryOrFail(message, $"Outcome unknown, and Twilio could not be asked whether it was sent ({earlier.Error}); nothing was sent, it is asked again later.", now);
    }

    private static string Describe(SmsSendResult result) =>
        result.ErrorCode is null ? result.Error ?? "The SMS provider did not accept the message." : $"Provider error {result.ErrorCode}: {result.Error}";
}
