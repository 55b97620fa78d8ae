using Hangfire;
using PatientPortal.Core.Invitations;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>"Send me a new link" from an unusable invitation, done after the page has answered.</summary>
public sealed class NewLinkJob(InvitationPageService invitations)
{
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Patient portal: new link asked for from an unusable invitation")]
    public Task RunAsync(string tokenHash, CancellationToken cancellationToken) =>
        invitations.SendNewLinkAsync(tokenHash, cancellationToken);
}
