using Hangfire;
using PatientPortal.Core.Invitations.Bulk;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>Works through a bulk invitation run; resumes where it stopped when run again.</summary>
public sealed class InvitationBatchJob(BulkInvitationService bulkInvitations)
{
    [AutomaticRetry(Attempts = 5)]
    [JobDisplayName("Patient portal: bulk invitation run {0}")]
    public Task RunAsync(Guid batchId, CancellationToken cancellationToken) =>
        bulkInvitations.RunAsync(batchId, cancellationToken);
}
