using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>Registers the recurring sweep and runs it once at start, so messages left from before a restart go out at once.</summary>
internal sealed class ScheduleRecurringJobs(IRecurringJobManager recurring, IBackgroundJobClient jobs, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<OutboxSweepJob>(OutboxSweepJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), options.Value.SweepCron);
        jobs.Enqueue<OutboxSweepJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
