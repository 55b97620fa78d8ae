using Hangfire;
using PatientPortal.Infrastructure.Messaging;

namespace PatientPortal.Infrastructure.Jobs;

public sealed class OutboxSweepJob(OutboxSweep sweep)
{
    public const string RecurringJobId = "patient-portal-outbox-sweep";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Patient portal: queue lost messages again")]
    public Task RunAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
