using Hangfire;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.SignIn;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>The resets asked for on the forgotten-password page, done after the page has answered.</summary>
public sealed class PasswordResetsJob(ForgottenPassword forgottenPassword)
{
    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Patient portal: password resets asked for on the forgotten-password page")]
    public Task RunAsync(MessageChannel channel, string contact, CancellationToken cancellationToken) =>
        forgottenPassword.SendAsync(channel, contact, cancellationToken);
}
