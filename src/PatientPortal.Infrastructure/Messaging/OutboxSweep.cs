using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>
/// Finds work whose job was lost (a restart of the in-memory job store, a crash between commit and queue,
/// a worker that died holding messages) and queues it again. Queuing something twice is harmless: messages
/// and runs are claimed before they are worked.
/// </summary>
public sealed class OutboxSweep(
    PatientPortalDbContext db,
    IInvitationBatchRepository batches,
    IWorkQueue workQueue,
    TimeProvider timeProvider,
    IOptions<MessagingOptions> options,
    ILogger<OutboxSweep> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var dueBefore = now - options.Value.SweepGrace;
        var stale = await db.OutboxMessages.AsNoTracking()
            .Where(message => (message.Status == MessageStatus.Pending && message.NotBefore <= dueBefore)
                || (message.Status == MessageStatus.Sending && message.LeaseUntil < now))
            .OrderBy(message => message.CreatedAt)
            .Select(message => new SendableMessage(message.Id, message.Channel, message.NotBefore))
            .Take(50_000)
            .ToListAsync(cancellationToken);
        foreach (var job in SendJobs.For(stale, now, options.Value.BatchSize))
        {
            workQueue.Queue(job);
        }

        var abandoned = await batches.ListAbandonedAsync(now, dueBefore, cancellationToken);
        foreach (var batchId in abandoned)
        {
            workQueue.RunInvitationBatch(batchId);
        }

        if (stale.Count > 0 || abandoned.Count > 0)
        {
            logger.LogInformation("Outbox sweep queued {Messages} message(s) and {Runs} bulk run(s) again", stale.Count, abandoned.Count);
        }

        return stale.Count + abandoned.Count;
    }
}
