using Hangfire;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>Queues our jobs in Hangfire. Jobs carry ids only; the rows hold everything else.</summary>
internal sealed class HangfireWorkQueue(IBackgroundJobClient jobs) : IWorkQueue
{
    public void SendMessages(MessageChannel channel, IReadOnlyList<Guid> messageIds, DateTimeOffset? notBefore = null)
    {
        var ids = messageIds.ToArray();
        if (notBefore is { } at)
        {
            jobs.Schedule<SendMessagesJob>(job => job.RunAsync(channel, ids, CancellationToken.None), at);
        }
        else
        {
            jobs.Enqueue<SendMessagesJob>(job => job.RunAsync(channel, ids, CancellationToken.None));
        }
    }

    public void RunInvitationBatch(Guid batchId) =>
        jobs.Enqueue<InvitationBatchJob>(job => job.RunAsync(batchId, CancellationToken.None));
}
