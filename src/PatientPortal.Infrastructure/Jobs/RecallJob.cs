using Hangfire;
using PatientPortal.Core.Recalls;

namespace PatientPortal.Infrastructure.Jobs;

public sealed class RecallJob(RecallMessages recalls)
{
    public const string RecurringJobId = "patient-portal-recalls";

    // A failed run is simply the next day's run: it picks up every recall still unsent.
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [JobDisplayName("Patient portal: send due recall messages")]
    public Task RunAsync(CancellationToken cancellationToken) => recalls.SendDueAsync(cancellationToken);
}
