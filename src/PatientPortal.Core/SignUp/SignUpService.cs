using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.SignUp;

/// <summary>Public self sign-up with an invite code, and confirmation of the email address.</summary>
public sealed class SignUpService(
    IChargebandRepository chargebands,
    IPatientRepository patients,
    IAccountTokenRepository tokens,
    IUnitOfWork unitOfWork,
    RegistrationValidator validator,
    IPatientPasswordHasher passwordHasher,
    MessageOutbox outbox,
    InvitationService invitations,
    ISelfServiceMessageGate selfServiceGate,
    AccountEmails emails,
    IMessageTemplateStore templates,
    IAuditLog audit,
    IInviteCodeFailures failures,
    PracticeClock clock,
    IOptions<PracticeOptions> practice,
    IOptions<SignUpOptions> options,
    IOptions<InvitationOptions> invitationOptions,
    ILogger<SignUpService> logger)
{
    /// <summary>One message for every unusable code, so codes cannot be probed for which chargebands exist.</summary>
    public const string InvalidCodeMessage = "This invite code is not valid. Check the code you were given, or contact the practice.";

    public const string DuplicateSignUpActor = "system (sign-up matched an existing patient)";

    public const string InvalidConfirmationLinkMessage =
        "This confirmation link is not valid: it may have been used already or have expired. Sign in with your email and password and we will send you a new link.";

    /// <summary>For an empty code only: it guesses nothing, so it need not look like a wrong one.</summary>
    public const string MissingCodeMessage = "Enter the invite code the practice gave you. It is in the letter, email or text message that told you about the portal.";

    public async Task<Result<InviteCodeCheck>> CheckInviteCodeAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Failure.Invalid("inviteCode", MissingCodeMessage);
        }

        var key = InviteCode.LookupKey(code);
        var chargeband = key is null ? null : await chargebands.FindByInviteCodeAsync(key, cancellationToken);
        if (chargeband is null || !chargeband.AcceptsSignUps(clock.Today))
        {
            var nearMiss = key is null ? null : InviteCodeNearMiss.Of(key, await chargebands.ListLiveInviteCodesAsync(cancellationToken));
            await failures.CountAsync(nearMiss?.ChargebandId, cancellationToken);
            return Failure.Invalid("inviteCode", InvalidCodeMessage);
        }

        return new InviteCodeCheck(chargeband.Id, chargeband.InviteCode!, chargeband.Name);
    }

    public async Task<Result<SignUpOutcome>> SignUpAsync(SignUpCommand command, CancellationToken cancellationToken)
    {
        var code = await CheckInviteCodeAsync(command.InviteCode, cancellationToken);
        if (!code.Succeeded)
        {
            return code.Failure!;
        }

        var validated = validator.Validate(command);
        if (!validated.Succeeded)
        {
            return validated.Failure!;
        }

        var details = validated.Value!;
        // Hash before the duplicate check so both paths take about as long (no timing enumeration).
        var passwordHash = await passwordHasher.HashAsync(command.Password!, cancellationToken);

        var existing = await patients.FindMatchesAsync(
            FamilyName.Normalize(details.FamilyName), details.DateOfBirth, details.Email is null ? null : EmailAddress.Key(details.Email), details.Mobile, cancellationToken);
        if (existing.Count > 0)
        {
            await NotifyExistingPatientAsync(existing[0], cancellationToken);
            return SignUpOutcome.CheckYourMessages;
        }

        var current = await templates.CurrentAsync(cancellationToken);
        var now = clock.UtcNow;
        var patient = Patient.SignUp(details, code.Value!.ChargebandId, passwordHash, practice.Value.PrivacyPolicyVersion, code.Value.InviteCode, now);
        var (token, rawToken) = AccountToken.Issue(patient.Id, TokenPurpose.EmailConfirmation, options.Value.ConfirmationLinkLifetime, now);

        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            if (!await chargebands.TryCountSignUpAsync(code.Value.ChargebandId, InviteCode.Normalize(code.Value.InviteCode), cancellationToken))
            {
                // The last place under the usage cap went to someone else a moment ago.
                return Failure.Invalid("inviteCode", InvalidCodeMessage);
            }

            patients.Add(patient);
            tokens.Add(token);
            audit.Record(AuditActors.Patient(patient.Id), "account.signed-up", "patient", patient.Id, $"invite code {code.Value.InviteCode}");
            // The email is a row saved with the patient: if the mail server is down it is sent later, not lost.
            QueueConfirmation(patient, rawToken, current, now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Patient {PatientId} signed up with an invite code on chargeband {ChargebandId}", patient.Id, patient.ChargebandId);
        return SignUpOutcome.CheckYourMessages;
    }

    public async Task<Result<Guid>> ConfirmEmailAsync(string? rawToken, CancellationToken cancellationToken)
    {
        var hash = SecureToken.Hash(rawToken);
        var now = clock.UtcNow;
        var token = hash is null ? null : await tokens.FindByHashAsync(hash, TokenPurpose.EmailConfirmation, cancellationToken);
        if (token is null || !token.IsUsable(now))
        {
            return Failure.Invalid("token", InvalidConfirmationLinkMessage);
        }

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        if (!await tokens.TryConsumeAsync(token.Id, now, cancellationToken)
            || await patients.FindAsync(token.PatientId, cancellationToken) is not { } patient
            || !patient.ConfirmEmail(now))
        {
            return Failure.Invalid("token", InvalidConfirmationLinkMessage);
        }

        audit.Record(AuditActors.Patient(patient.Id), "account.email-confirmed", "patient", patient.Id);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Patient {PatientId} confirmed their email; the portal account is active", patient.Id);
        return patient.Id;
    }

    /// <summary>Sends a fresh confirmation link to a patient whose account still waits for one.</summary>
    public async Task ResendConfirmationAsync(Patient patient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (patient.Account.Status != AccountStatus.PendingConfirmation || patient.Email is null)
        {
            return;
        }

        var current = await templates.CurrentAsync(cancellationToken);
        var now = clock.UtcNow;
        var (token, rawToken) = AccountToken.Issue(patient.Id, TokenPurpose.EmailConfirmation, options.Value.ConfirmationLinkLifetime, now);
        tokens.Add(token);
        QueueConfirmation(patient, rawToken, current, now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private void QueueConfirmation(Patient patient, string rawToken, TemplateSet current, DateTimeOffset now) =>
        outbox.AddEmail(
            emails.Confirmation(patient, OutboxMessage.LinkTokenPlaceholder, options.Value.ConfirmationLinkLifetime, current),
            new MessageContext(MessagePurpose.SignUpConfirmation, patient.Id),
            now,
            rawToken);

    /// <summary>
    /// A sign-up that matched a patient on file: an unconfirmed account gets its confirmation link again; anyone
    /// else gets an invitation, or a password reset if they have a password, sent to the contact details on file.
    /// Anyone can type a patient's details, so this is a self-service message: at most one per window, and the
    /// practice's own links keep working.
    /// </summary>
    private async Task NotifyExistingPatientAsync(Patient patient, CancellationToken cancellationToken)
    {
        logger.LogInformation("A sign-up matched existing patient {PatientId}; no new patient was created", patient.Id);
        if (patient.Account.Status == AccountStatus.PendingConfirmation)
        {
            if (await selfServiceGate.TryOpenAsync(patient.Id, invitationOptions.Value.SelfServiceMessageWindow, cancellationToken))
            {
                await ResendConfirmationAsync(patient, cancellationToken);
            }

            return;
        }

        var request = new InvitationRequest(DuplicateSignUpActor, Reason: "a sign-up matched this patient", Origin: InvitationOrigin.SelfService);
        var invited = await invitations.SendAsync(patient, request, cancellationToken);
        if (!invited.Succeeded)
        {
            logger.LogInformation("Patient {PatientId} matched a sign-up and was not sent a link: {Reason}", patient.Id, invited.Failure!.Title);
        }
    }
}
