using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Infrastructure.Jobs;

namespace PatientPortal.IntegrationTests.Jobs;

/// <summary>A web server that runs no job server still queues the package's jobs, each on the package's queue.</summary>
public sealed class JobQueueTests(JobQueueTests.QueueingOnlyFactory portal) : IClassFixture<JobQueueTests.QueueingOnlyFactory>
{
    public const string Queue = "clinic-jobs";

    [Fact]
    public void EveryJobThePackageQueues_GoesToItsConfiguredQueue_AndNoneToTheDefaultQueue()
    {
        _ = portal.Server;
        using (var scope = portal.Services.CreateScope())
        {
            var work = scope.ServiceProvider.GetRequiredService<IWorkQueue>();
            work.SendMessages(MessageChannel.Email, [Guid.NewGuid()]);
            work.SendMessages(MessageChannel.Sms, [Guid.NewGuid()], DateTimeOffset.UtcNow.AddHours(1));
            work.RunInvitationBatch(Guid.NewGuid());
            work.SendNewLink("token-hash");
            work.SendPasswordResets(MessageChannel.Email, "someone@example.org");
        }

        var monitoring = portal.Services.GetRequiredService<JobStorage>().GetMonitoringApi();

        Assert.Equal([Queue], monitoring.Queues().Select(queue => queue.Name));
        Assert.Equal(2, monitoring.EnqueuedJobs(Queue, 0, 10).Count);
        var scheduled = monitoring.ScheduledJobs(0, 10);
        Assert.Equal(3, scheduled.Count);
        Assert.All(scheduled, job => Assert.Equal(Queue, job.Value.Job.Queue));
        Assert.Empty(monitoring.Servers());
    }

    public sealed class QueueingOnlyFactory : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["PatientPortal:Jobs:Queue"] = Queue,
            ["PatientPortal:Jobs:RunServer"] = "false",
        };
    }
}

/// <summary>The package's own job server listens to the package's queue only, and its recurring jobs go there.</summary>
public sealed class JobServerQueueTests(JobServerQueueTests.RunningFactory portal) : IClassFixture<JobServerQueueTests.RunningFactory>
{
    [Fact]
    public async Task TheJobServer_ListensToThePackagesQueueOnly_AndTheRecurringJobsAreQueuedThere()
    {
        _ = portal.Server;
        var storage = portal.Services.GetRequiredService<JobStorage>();

        var server = await Eventually.WaitAsync(() => Task.FromResult(storage.GetMonitoringApi().Servers()), servers => servers.Count > 0, "the job server to announce itself");

        Assert.Equal([JobQueueTests.Queue], Assert.Single(server).Queues);
        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs();
        Assert.Equal(
            [DeliveryHealthJob.RecurringJobId, OutboxSweepJob.RecurringJobId, PaymentRequestsJob.RecurringJobId, RecallJob.RecurringJobId],
            recurring.Select(job => job.Id).Order(StringComparer.Ordinal));
        Assert.All(recurring, job => Assert.Equal(JobQueueTests.Queue, job.Job.Queue));
    }

    public sealed class RunningFactory : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["PatientPortal:Jobs:Queue"] = JobQueueTests.Queue };
    }
}
