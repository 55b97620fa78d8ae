using Hangfire;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Practice;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>
/// The package's recurring jobs (the sweep, the delivery-health check, the daily recalls, the payment catch-up) and
/// the sweep at start, all on the package's queue. Registered by whichever process runs the package's jobs.
/// </summary>
internal sealed class PatientPortalRecurringJobs(IRecurringJobManager recurring, IBackgroundJobClient jobs, IOptions<JobsOptions> options, PracticeClock practice)
{
    public void Register()
    {
        var settings = options.Value;
        var queue = settings.Queue;
        recurring.AddOrUpdate<OutboxSweepJob>(OutboxSweepJob.RecurringJobId, queue, job => job.RunAsync(CancellationToken.None), settings.SweepCron, new RecurringJobOptions());
        recurring.AddOrUpdate<DeliveryHealthJob>(DeliveryHealthJob.RecurringJobId, queue, job => job.RunAsync(CancellationToken.None), settings.DeliveryHealthCron, new RecurringJobOptions());
        recurring.AddOrUpdate<RecallJob>(RecallJob.RecurringJobId, queue, job => job.RunAsync(CancellationToken.None), settings.RecallCron, new RecurringJobOptions { TimeZone = practice.TimeZone });
        recurring.AddOrUpdate<PaymentRequestsJob>(PaymentRequestsJob.RecurringJobId, queue, job => job.RunAsync(CancellationToken.None), settings.PaymentRequestsCron, new RecurringJobOptions());

        // Messages left from before a restart go out at once rather than at the sweep's next minute.
        jobs.Enqueue<OutboxSweepJob>(queue, job => job.RunAsync(CancellationToken.None));
        jobs.Enqueue<PaymentRequestsJob>(queue, job => job.RunAsync(CancellationToken.None));
    }
}
