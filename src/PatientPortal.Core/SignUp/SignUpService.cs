using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;

namespace PatientPortal.Core.SignUp;

/// <summary>Public self sign-up with an invite code, and confirmation of the email address.</summary>
public sealed class SignUpService(
    IChargebandRepository chargebands,
    IPatientRepository patients,
    IAccountTokenRepository tokens,
    IUnitOfWork unitOfWork,
    RegistrationValidator validator,
    IPatientPasswordHasher passwordHasher,
    IEmailSender emailSender,
    AccountEmails emails,
    PracticeClock clock,
    IOptions<PracticeOptions> practice,
    IOptions<SignUpOptions> options,
    ILogger<SignUpService> logger)
{
    /// <summary>One message for every unusable code, so codes cannot be probed for which chargebands exist.</summary>
    public const string InvalidCodeMessage = "This invite code is not valid. Check the code you were given, or contact the practice.";

    public const string InvalidConfirmationLinkMessage =
        "This confirmation link is not valid: it may have been used already or have expired. Sign in with your email and password and we will send you a new link.";

    public async Task<Result<InviteCodeCheck>> CheckInviteCodeAsync(string? code, CancellationToken cancellationToken)
    {
        if (!InviteCode.TryCreate(code, out var inviteCode, out _))
        {
            return Failure.Invalid("inviteCode", InvalidCodeMessage);
        }

        var chargeband = await chargebands.FindByInviteCodeAsync(inviteCode.Normalized, cancellationToken);
        if (chargeband is null || !chargeband.AcceptsSignUps(clock.Today))
        {
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
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        logger.LogInformation("Patient {PatientId} signed up with an invite code on chargeband {ChargebandId}", patient.Id, patient.ChargebandId);
        await TrySendAsync(emails.Confirmation(patient, rawToken, options.Value.ConfirmationLinkLifetime), patient.Id, cancellationToken);
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

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Patient {PatientId} confirmed their email; the portal account is active", patient.Id);
        return patient.Id;
    }

    /// <summary>Sends a fresh confirmation link to a patient whose account still waits for one.</summary>
    public async Task ResendConfirmationAsync(Patient patient, CancellationToken cancellationToken)
    {
        if (patient.Account.Status != AccountStatus.PendingConfirmation || patient.Email is null)
        {
            return;
        }

        var (token, rawToken) = AccountToken.Issue(patient.Id, TokenPurpose.EmailConfirmation, options.Value.ConfirmationLinkLifetime, clock.UtcNow);
        tokens.Add(token);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await TrySendAsync(emails.Confirmation(patient, rawToken, options.Value.ConfirmationLinkLifetime), patient.Id, cancellationToken);
    }

    private async Task NotifyExistingPatientAsync(Patient patient, CancellationToken cancellationToken)
    {
        logger.LogInformation("A sign-up matched existing patient {PatientId}; no new patient was created", patient.Id);
        if (patient.Account.Status == AccountStatus.PendingConfirmation)
        {
            await ResendConfirmationAsync(patient, cancellationToken);
        }
        else if (patient.Email is not null)
        {
            await TrySendAsync(emails.AlreadyRegistered(patient), patient.Id, cancellationToken);
        }
        else
        {
            logger.LogWarning("Patient {PatientId} has no email on file; the duplicate sign-up notice could not be sent", patient.Id);
        }
    }

    // The patient row is already committed: a mail failure must not turn a sign-up into an error page.
    // The patient gets a new link by signing in, which resends it.
    private async Task TrySendAsync(EmailMessage message, Guid patientId, CancellationToken cancellationToken)
    {
        try
        {
            await emailSender.SendAsync(message, cancellationToken);
        }
#pragma warning disable CA1031 // Any transport failure is logged and recovered from by the resend path.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Could not send '{Subject}' to patient {PatientId}", message.Subject, patientId);
        }
    }
}
