using Hangfire;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>Sends a batch of outbox messages. Failures are retried through the outbox itself, so Hangfire does not retry.</summary>
public sealed class SendMessagesJob(OutboxDispatcher dispatcher)
{
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Patient portal: send {1} message(s)")]
    public Task RunAsync(MessageChannel channel, Guid[] messageIds, CancellationToken cancellationToken) =>
        dispatcher.SendAsync(channel, messageIds, cancellationToken);
}
