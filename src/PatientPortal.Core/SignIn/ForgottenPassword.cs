using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.SignIn;

/// <summary>
/// "Forgotten your password?": the patient gives the email or mobile they use, and every patient on file with that
/// contact and an account gets a reset link on that channel. The answer is the same whether or not anyone matches,
/// and the request only queues the work (the same for every contact), so neither the answer nor its timing tells.
/// </summary>
public sealed class ForgottenPassword(
    IPatientRepository patients,
    InvitationService invitations,
    IWorkQueue workQueue,
    IOptions<PracticeOptions> practice,
    IOptions<InvitationOptions> options,
    ILogger<ForgottenPassword> logger)
{
    public const string Actor = "patient (forgotten password)";

    public const string ContactMessage = "Enter the email address or mobile number you gave the practice, for example name@example.com or 07700 900123.";

    /// <summary>Checks the contact is an email address or a mobile number and queues the resets; nothing is looked up here.</summary>
    public Result<ForgottenPasswordRequest> Request(string? contact)
    {
        if (EmailAddress.TryNormalize(contact, out var email))
        {
            workQueue.SendPasswordResets(MessageChannel.Email, email);
            return new ForgottenPasswordRequest(MessageChannel.Email, email, options.Value.ForgottenPasswordLinkLifetime);
        }

        if (MobileNumber.TryNormalize(contact, practice.Value.PhoneRegion, out var mobile, out _))
        {
            workQueue.SendPasswordResets(MessageChannel.Sms, mobile);
            return new ForgottenPasswordRequest(MessageChannel.Sms, mobile, options.Value.ForgottenPasswordLinkLifetime);
        }

        return Failure.Invalid("contact", ContactMessage);
    }

    /// <summary>
    /// A reset link to each account holder with that contact, on that channel only. A self-service message: at most one
    /// per patient per window, and the practice's own links keep working.
    /// </summary>
    public async Task SendAsync(MessageChannel channel, string contact, CancellationToken cancellationToken)
    {
        var holders = channel == MessageChannel.Email
            ? await patients.FindWithPasswordByEmailAsync(EmailAddress.Key(contact), cancellationToken)
            : (await patients.FindByMobileAsync(contact, cancellationToken)).Where(patient => patient.HasPassword).ToList();
        foreach (var holder in holders)
        {
            var request = new InvitationRequest(
                Actor,
                InvitationPurpose.PasswordReset,
                Reason: "asked for on the forgotten-password page",
                Origin: InvitationOrigin.SelfService,
                Lifetime: options.Value.ForgottenPasswordLinkLifetime,
                Channels: [channel]);
            var sent = await invitations.SendAsync(holder, request, cancellationToken);
            if (!sent.Succeeded)
            {
                logger.LogInformation("Patient {PatientId} asked for a password reset and was not sent one: {Reason}", holder.Id, sent.Failure!.Title);
            }
        }
    }
}

/// <summary>What the patient typed, as we read it, and how long the link will work.</summary>
public sealed record ForgottenPasswordRequest(MessageChannel Channel, string Contact, TimeSpan LinkLifetime);
