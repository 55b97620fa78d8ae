using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
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
/// goes back. The work of each channel is its own job: <see cref="EmailDispatch"/>, <see cref="TextDispatch"/>.
/// </summary>
public sealed class OutboxDispatcher(
    PatientPortalDbContext db,
    OutboxClaims claims,
    EmailDispatch emails,
    TextDispatch texts,
    IWorkQueue workQueue,
    TimeProvider timeProvider,
    IOptions<MessagingOptions> options,
    ILogger<OutboxDispatcher> logger)
{
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
            await emails.SendAsync(claim, calls.Token, cancellationToken);
        }
        else
        {
            await texts.SendAsync(claim, cancellationToken);
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

    private void QueueRetries(MessageChannel channel, IReadOnlyList<OutboxMessage> messages)
    {
        var pending = messages.Where(message => message.Status == MessageStatus.Pending).Select(message => new SendableMessage(message.Id, channel, message.NotBefore));
        foreach (var job in SendJobs.For(pending, timeProvider.GetUtcNow(), options.Value.BatchSize))
        {
            workQueue.Queue(job);
        }
    }
}
