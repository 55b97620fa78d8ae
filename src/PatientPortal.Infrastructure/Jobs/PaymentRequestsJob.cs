using Hangfire;
using PatientPortal.Core.Appointments;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>
/// Payment-in-advance messages are queued when an import tells us about appointments; this catches any
/// that telling missed (the import committed, then the listener failed), and appointments added to the
/// database by other means.
/// </summary>
public sealed class PaymentRequestsJob(PaymentInAdvanceRequests requests)
{
    public const string RecurringJobId = "patient-portal-payment-requests";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [JobDisplayName("Patient portal: ask for payments in advance that were missed")]
    public Task RunAsync(CancellationToken cancellationToken) => requests.CatchUpAsync(cancellationToken);
}
