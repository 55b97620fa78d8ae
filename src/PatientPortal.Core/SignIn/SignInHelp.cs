using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Patients;

namespace PatientPortal.Core.SignIn;

/// <summary>
/// When the waits begin after repeated wrong passwords, and when the password stops working, each account on the
/// email is sent a link to choose a new password: the patient hears of it, and a stranger can slow them down but
/// never shut them out. It is a self-service message, so at most one per window however long the guessing goes on.
/// </summary>
public sealed class SignInHelp(InvitationService invitations, IOptions<InvitationOptions> options, ILogger<SignInHelp> logger)
{
    public const string Actor = "system (repeated failed sign-ins)";

    public async Task SendAsync(IReadOnlyList<Patient> holders, int failures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(holders);
        foreach (var holder in holders)
        {
            var request = new InvitationRequest(
                Actor, InvitationPurpose.PasswordReset, Reason: $"after {failures} failed sign-ins in a row", Origin: InvitationOrigin.SelfService, Lifetime: options.Value.SignInHelpLinkLifetime);
            var sent = await invitations.SendAsync(holder, request, cancellationToken);
            if (!sent.Succeeded)
            {
                logger.LogInformation("Patient {PatientId} was not sent a reset link after {Failures} failed sign-ins: {Reason}", holder.Id, failures, sent.Failure!.Title);
            }
        }
    }
}
