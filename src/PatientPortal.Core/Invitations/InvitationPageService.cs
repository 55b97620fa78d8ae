using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignIn.Sessions;
using PatientPortal.Core.SignIn.Throttling;

namespace PatientPortal.Core.Invitations;

/// <summary>
/// The public invitation page: confirm identity, choose a password, accept the privacy policy. What the link
/// does is decided when it is used, not when it was sent.
/// </summary>
public sealed class InvitationPageService(
    IInvitationRepository invitations,
    IPatientRepository patients,
    InvitationService sender,
    PasswordPolicy passwordPolicy,
    IPatientPasswordHasher passwordHasher,
    IUnitOfWork unitOfWork,
    IAuditLog audit,
    ISignInSessionRepository sessions,
    IWorkQueue workQueue,
    SignInThrottle throttle,
    PracticeClock clock,
    IOptions<PracticeOptions> practice,
    ILogger<InvitationPageService> logger)
{
    /// <summary>The one answer to every failed identity check, whatever the reason.</summary>
    public const string IdentityFailedMessage = "We could not confirm your details with this link. Check the spelling of your family name and try again.";

    /// <summary>Carried by a wrong family name's failure: how many more tries before the link locks (0: it just locked).</summary>
    public const string TriesLeftExtension = "triesLeft";

    public const string PrivacyPolicyRequiredMessage = "To use the patient portal, please accept the privacy policy.";

    public async Task<InvitationProgress> OpenAsync(string? rawToken, CancellationToken cancellationToken)
    {
        var (invitation, patient) = await LoadAsync(rawToken, cancellationToken);
        if (invitation is null || patient is null)
        {
            return InvitationProgress.Invalid;
        }

        if (invitation.OpenedAt is null)
        {
            invitation.MarkOpened(clock.UtcNow);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return Progress(invitation, patient);
    }

    /// <summary>
    /// Step 1. Every wrong name, the fifth (which locks) included, and an unknown link get the same message and
    /// about the same work. A link already locked or expired answers with that state instead, which opening the
    /// page shows anyway; it counts no attempt.
    /// </summary>
    public async Task<Result<InvitationProgress>> ConfirmIdentityAsync(string? rawToken, string? familyName, CancellationToken cancellationToken)
    {
        var (invitation, patient) = await LoadAsync(rawToken, cancellationToken);
        var given = Encoding.UTF8.GetBytes(FamilyName.Normalize(familyName ?? string.Empty));
        var expected = Encoding.UTF8.GetBytes(patient?.FamilyNameKey ?? "\0");
        var matches = CryptographicOperations.FixedTimeEquals(SHA256.HashData(given), SHA256.HashData(expected)) && given.Length > 0;
        var now = clock.UtcNow;

        if (invitation is null || patient is null)
        {
            return Failure.Invalid("familyName", IdentityFailedMessage);
        }

        var progress = Progress(invitation, patient);
        if (progress.Step is not (InvitationStep.ConfirmIdentity or InvitationStep.ChoosePassword or InvitationStep.AcceptPrivacyPolicy))
        {
            return progress;
        }

        if (!matches)
        {
            var failures = await invitations.RecordFailedIdentityCheckAsync(invitation.Id, now, cancellationToken);
            if (failures == Invitation.MaxIdentityChecks)
            {
                audit.Record(AuditActors.Patient(patient.Id), "invitation.locked", "patient", patient.Id, $"invitation {invitation.Id} after {failures} wrong family names");
                await unitOfWork.SaveChangesAsync(cancellationToken);
                logger.LogWarning("Invitation {InvitationId} locked after {Failures} wrong family names", invitation.Id, failures);
            }

            // Whoever holds the link may know how many tries it has left; the message stays the same.
            return Failure.Invalid("familyName", IdentityFailedMessage) with
            {
                Extensions = new Dictionary<string, object?> { [TriesLeftExtension] = Math.Max(0, Invitation.MaxIdentityChecks - failures) },
            };
        }

        invitation.MarkIdentityVerified(now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Progress(invitation, patient);
    }

    /// <summary>Step 2. The password is checked like a sign-up password and kept hashed until the last step.</summary>
    public async Task<Result<InvitationProgress>> ChoosePasswordAsync(string? rawToken, string? password, CancellationToken cancellationToken)
    {
        var (invitation, patient) = await LoadAsync(rawToken, cancellationToken);
        if (invitation is null || patient is null)
        {
            return InvitationProgress.Invalid;
        }

        var progress = Progress(invitation, patient);
        if (progress.Step != InvitationStep.ChoosePassword && progress.Step != InvitationStep.AcceptPrivacyPolicy)
        {
            return progress;
        }

        var problems = passwordPolicy.Check(password, patient.GivenName, patient.FamilyName, patient.Email);
        if (problems.Count > 0)
        {
            return new Failure(OperationStatus.Invalid, "The request is not valid.", new Dictionary<string, string[]> { ["password"] = [.. problems] });
        }

        invitation.ChoosePassword(await passwordHasher.HashAsync(password!, cancellationToken));
        if (invitation.Purpose == InvitationPurpose.PasswordReset && patient.Account.PrivacyPolicyVersion == practice.Value.PrivacyPolicyVersion)
        {
            // The current policy is already accepted: a reset ends here.
            return await CompleteAsync(invitation, patient, acceptedPolicyVersion: null, cancellationToken);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        return Progress(invitation, patient);
    }

    /// <summary>Step 3. Accepting the current privacy policy activates the account, once, however many requests race.</summary>
    public async Task<Result<InvitationProgress>> AcceptPrivacyPolicyAsync(string? rawToken, bool accepted, CancellationToken cancellationToken)
    {
        var (invitation, patient) = await LoadAsync(rawToken, cancellationToken);
        if (invitation is null || patient is null)
        {
            return InvitationProgress.Invalid;
        }

        var progress = Progress(invitation, patient);
        if (progress.Step != InvitationStep.AcceptPrivacyPolicy)
        {
            return progress;
        }

        if (!accepted)
        {
            return Failure.Invalid("acceptPrivacyPolicy", PrivacyPolicyRequiredMessage);
        }

        return await CompleteAsync(invitation, patient, practice.Value.PrivacyPolicyVersion, cancellationToken);
    }

    /// <summary>
    /// "Send me a new link" from an expired, used, revoked or locked link. The request only queues the work, the
    /// same for every token, so its answer tells nothing; <see cref="SendNewLinkAsync"/> does it.
    /// </summary>
    public void RequestNewLink(string? rawToken)
    {
        if (SecureToken.Hash(rawToken) is { } hash)
        {
            workQueue.SendNewLink(hash);
        }
    }

    /// <summary>
    /// A fresh link with the same destination, to the contact details on file only, as a self-service message:
    /// at most one per window, and the practice's own links keep working.
    /// </summary>
    public async Task SendNewLinkAsync(string tokenHash, CancellationToken cancellationToken)
    {
        var invitation = await invitations.FindByTokenHashAsync(tokenHash, cancellationToken);
        var patient = invitation is null ? null : await patients.FindAsync(invitation.PatientId, cancellationToken);
        if (invitation is null || patient is null || Progress(invitation, patient).Step != InvitationStep.Unusable)
        {
            return;
        }

        var purpose = invitation.Purpose.ResentTo(patient);
        var request = new InvitationRequest(
            AuditActors.Patient(patient.Id), purpose, invitation.TargetPath, invitation.PortalBaseUrl, Reason: $"asked for from unusable invitation {invitation.Id}", Origin: InvitationOrigin.SelfService);
        var sent = await sender.SendAsync(patient, request, cancellationToken);
        if (!sent.Succeeded)
        {
            logger.LogInformation("A new link for patient {PatientId} was asked for but not sent: {Reason}", patient.Id, sent.Failure!.Title);
        }
    }

    private async Task<Result<InvitationProgress>> CompleteAsync(Invitation invitation, Patient patient, string? acceptedPolicyVersion, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var passwordHash = invitation.PendingPasswordHash!;
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        if (!await invitations.TryCompleteAsync(invitation.Id, now, cancellationToken))
        {
            // Another request completed it a moment ago: the account exists, so this one signs in instead.
            return new InvitationProgress(InvitationStep.SignIn, invitation.Purpose, InvitationState.Completed, invitation.TargetPath);
        }

        if (invitation.Purpose == InvitationPurpose.PasswordReset)
        {
            patient.ResetPassword(passwordHash, acceptedPolicyVersion, now);
        }
        else
        {
            patient.CompleteInvitation(passwordHash, acceptedPolicyVersion!, now);
        }

        invitation.ChoosePassword(null);
        // A new password ends every session signed in with the old one (a copied cookie included).
        var ended = await sessions.EndAllForPatientAsync(patient.Id, cancellationToken);
        audit.Record(AuditActors.Patient(patient.Id), invitation.Purpose == InvitationPurpose.PasswordReset ? "password-reset.completed" : "invitation.completed", "patient", patient.Id, $"invitation {invitation.Id}; {ended} session(s) ended");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (patient.EmailKey is { } emailKey)
        {
            // A new password lifts any wait or suspension that wrong passwords for the email had caused.
            await throttle.SucceededAsync(SignInThrottle.PatientKey(emailKey), cancellationToken);
        }

        logger.LogInformation("Patient {PatientId} completed invitation {InvitationId} ({Purpose})", patient.Id, invitation.Id, invitation.Purpose);
        return new InvitationProgress(InvitationStep.Completed, invitation.Purpose, InvitationState.Completed, invitation.TargetPath, patient.Id);
    }

    private InvitationProgress Progress(Invitation invitation, Patient patient)
    {
        var state = invitation.State(clock.UtcNow);
        // Decided now, not when the link was sent: someone who has an account by now just signs in.
        if (invitation.Purpose != InvitationPurpose.PasswordReset && patient.Account.Status == AccountStatus.Active)
        {
            return new(InvitationStep.SignIn, invitation.Purpose, state, invitation.TargetPath);
        }

        if (state != InvitationState.Pending)
        {
            return new(InvitationStep.Unusable, invitation.Purpose, state, invitation.TargetPath);
        }

        var step = !invitation.IsIdentityVerified ? InvitationStep.ConfirmIdentity
            : invitation.PendingPasswordHash is null ? InvitationStep.ChoosePassword
            : InvitationStep.AcceptPrivacyPolicy;
        return new(step, invitation.Purpose, state, invitation.TargetPath);
    }

    private async Task<(Invitation? Invitation, Patient? Patient)> LoadAsync(string? rawToken, CancellationToken cancellationToken)
    {
        var hash = SecureToken.Hash(rawToken);
        var invitation = hash is null ? null : await invitations.FindByTokenHashAsync(hash, cancellationToken);
        var patient = invitation is null ? null : await patients.FindAsync(invitation.PatientId, cancellationToken);
        return (invitation, patient);
    }
}
