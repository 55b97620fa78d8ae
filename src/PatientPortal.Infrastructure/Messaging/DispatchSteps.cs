using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>
/// What the email and the text job (<see cref="EmailDispatch"/>, <see cref="TextDispatch"/>) do alike to a claimed
/// message: write it from its template, put its link token in, record a failure as a retry or for good, and save.
/// The claim's messages are loaded tracked; a job keeps only the one it works on tracked (two while an email's
/// outcome waits to be committed with the next one's check), so each save compares those, not the job's hundred.
/// </summary>
public sealed class DispatchSteps(
    PatientPortalDbContext db,
    MessageComposer composer,
    ILinkTokenProtector linkTokens,
    TimeProvider timeProvider,
    IOptions<MessagingOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>The message the job works on next; its snapshot is the row as claimed.</summary>
    public void Track(OutboxMessage message) => db.Attach(message);

    /// <summary>Messages whose state is saved (or still as claimed): no longer compared by each save.</summary>
    public void Untrack(params IEnumerable<OutboxMessage?> messages)
    {
        foreach (var message in messages)
        {
            if (message is not null)
            {
                db.Entry(message).State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// Writes a message that waits for its send time (TRD tokens) and saves it, with any invitation it made,
    /// before it goes: a retry or a second worker sends the same text and link. False when it will not go.
    /// </summary>
    public async Task<bool> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
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

    /// <summary>Puts the decrypted link token into the text; fails the message for good when it cannot be decrypted.</summary>
    public string? Substitute(OutboxMessage message, string body)
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

    public void RetryOrFail(OutboxMessage message, string error, DateTimeOffset now)
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

    /// <summary>Another worker took the message over (this job stalled past its lease): it sends it, this job stops.</summary>
    public void LogClaimLost(OutboxClaim claim, OutboxMessage message) =>
        logger.LogWarning("Send job stopped: claim {ClaimId} no longer holds outbox message {MessageId}, another worker has taken it over", claim.Id, message.Id);

    public Task<int> SaveAsync() => db.SaveChangesAsync(CancellationToken.None);
}
