using Hangfire;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>Queues our jobs in Hangfire, on the package's queue. Jobs carry ids only; the rows hold everything else.</summary>
internal sealed class HangfireWorkQueue(IBackgroundJobClient jobs, IOptions<JobsOptions> options) : IWorkQueue
{
    private string Queue => options.Value.Queue;

    public void SendMessages(MessageChannel channel, IReadOnlyList<Guid> messageIds, DateTimeOffset? notBefore = null)
    {
        var ids = messageIds.ToArray();
        if (notBefore is { } at)
        {
            // Hangfire keeps scheduled times in whole seconds and may start a job up to a second early; a job
            // that arrives before the message's time claims nothing. Rounding up keeps it from being early.
            var rounded = new DateTimeOffset((at.UtcTicks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
            jobs.Schedule<SendMessagesJob>(Queue, job => job.RunAsync(channel, ids, CancellationToken.None), rounded);
        }
        else
        {
            jobs.Enqueue<SendMessagesJob>(Queue, job => job.RunAsync(channel, ids, CancellationToken.None));
        }
    }

    public void SendNewLink(string tokenHash) =>
        jobs.Schedule<NewLinkJob>(Queue, job => job.RunAsync(tokenHash, CancellationToken.None), OutOfTheRequestsTime());

    public void SendPasswordResets(MessageChannel channel, string contact) =>
        jobs.Schedule<PasswordResetsJob>(Queue, job => job.RunAsync(channel, contact, CancellationToken.None), OutOfTheRequestsTime());

    public void RunInvitationBatch(Guid batchId) =>
        jobs.Enqueue<InvitationBatchJob>(Queue, job => job.RunAsync(batchId, CancellationToken.None));

    /// <summary>
    /// A moment later, at a random time: the work a real account causes (lookups, a message, an audit row) then never
    /// overlaps the public request that asked for it, so it cannot show in that request's timing.
    /// </summary>
    private static TimeSpan OutOfTheRequestsTime() => TimeSpan.FromMilliseconds(Random.Shared.Next(1_000, 3_000));
}
