using Hangfire;
using PatientPortal.Core.Messaging.Health;

namespace PatientPortal.Infrastructure.Jobs;

public sealed class DeliveryHealthJob(DeliveryAlerts alerts)
{
    public const string RecurringJobId = "patient-portal-delivery-health";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("Patient portal: tell the practice when email or SMS is down")]
    public Task RunAsync(CancellationToken cancellationToken) => alerts.RunAsync(cancellationToken);
}
