using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Portal.MyDetails;

/// <summary>
/// A signed-in patient's email and mobile. A new email address is only used once the patient opens the link sent to
/// it (an account token carrying the address); until then the old one stays, for sign-in and for messages.
/// </summary>
public sealed class ContactDetails(
    IPatientRepository patients,
    IAccountTokenRepository tokens,
    IUnitOfWork unitOfWork,
    MessageOutbox outbox,
    AccountEmails emails,
    IMessageTemplateStore templates,
    IAuditLog audit,
    PracticeClock clock,
    IOptions<PracticeOptions> practice,
    IOptions<SignUpOptions> signUp,
    ILogger<ContactDetails> logger)
{
    public const string InvalidLinkMessage =
        "This link does not change your email address: it may have been used already, have expired, or a newer change may have replaced it. Sign in and change your email address again under My details.";

    public async Task<Result<ContactDetailsChanged>> ChangeAsync(ChangeContactDetailsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await patients.FindAsync(command.PatientId, cancellationToken) is not { Account.Status: AccountStatus.Active } patient)
        {
            return Failure.NotFound("There is no signed-in patient.");
        }

        var errors = new ValidationErrors();
        // What is on file, sent back unchanged, is taken as it is: the practice may have stored it before today's rules.
        var email = Unchanged(command.Email, patient.Email);
        if (email is null && !EmailAddress.TryNormalize(command.Email, out email))
        {
            errors.Add("email", string.IsNullOrWhiteSpace(command.Email)
                ? "Enter your email address: you sign in with it, and we send your links to it."
                : "Enter an email address in the form name@example.com.");
        }

        var mobile = Unchanged(command.Mobile, patient.Mobile);
        if (mobile is null && !string.IsNullOrWhiteSpace(command.Mobile) && !MobileNumber.TryNormalize(command.Mobile, practice.Value.PhoneRegion, out mobile, out var mobileError))
        {
            errors.Add("mobile", mobileError);
        }

        if (errors.Any)
        {
            return Failure.Invalid(errors);
        }

        var now = clock.UtcNow;
        var actor = AuditActors.Patient(patient.Id);
        OutboxMessage? confirmation = null;
        var cancelled = false;
        if (EmailAddress.Key(email!) == patient.EmailKey)
        {
            // The address on file typed again: a change still waiting is called off, and its link stops working.
            cancelled = patient.CancelEmailChange();
            if (cancelled)
            {
                audit.Record(actor, "account.email-change-cancelled", "patient", patient.Id, $"kept {patient.Email}");
            }
        }
        else
        {
            // Typed again, the same new address gets a fresh link: the patient may not have received the first.
            confirmation = await RequestEmailChangeAsync(patient, email!, now, cancellationToken);
            audit.Record(actor, "account.email-change-requested", "patient", patient.Id, $"to {email}; a confirmation link was sent there, {patient.Email} is used until it is opened");
        }

        var mobileChanged = patient.ChangeMobile(mobile);
        if (mobileChanged)
        {
            audit.Record(actor, "account.mobile-changed", "patient", patient.Id, mobile is null ? "removed; no texts without a number" : $"to {mobile}");
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Patient {PatientId} changed their contact details (new email asked for: {EmailRequested}, mobile changed: {MobileChanged})", patient.Id, confirmation is not null, mobileChanged);
        return new ContactDetailsChanged(confirmation is null ? null : email, cancelled, mobileChanged, mobileChanged && mobile is null);
    }

    /// <summary>The link was opened and its button pressed (never on the GET, which mail scanners fetch).</summary>
    public async Task<Result<EmailChanged>> ConfirmEmailAsync(string? rawToken, CancellationToken cancellationToken)
    {
        var hash = SecureToken.Hash(rawToken);
        var now = clock.UtcNow;
        var token = hash is null ? null : await tokens.FindByHashAsync(hash, TokenPurpose.EmailChange, cancellationToken);
        if (token is not { Email: { } newEmail } || !token.IsUsable(now))
        {
            return Failure.Invalid("token", InvalidLinkMessage);
        }

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        if (!await tokens.TryConsumeAsync(token.Id, now, cancellationToken)
            || await patients.FindAsync(token.PatientId, cancellationToken) is not { } patient)
        {
            return Failure.Invalid("token", InvalidLinkMessage);
        }

        var previous = patient.Email;
        if (!patient.ConfirmEmailChange(newEmail))
        {
            return Failure.Invalid("token", InvalidLinkMessage);
        }

        audit.Record(AuditActors.Patient(patient.Id), "account.email-changed", "patient", patient.Id, $"from {previous} to {newEmail}, confirmed by the link sent to it");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Patient {PatientId} confirmed a new email address", patient.Id);
        return new EmailChanged(patient.Id, newEmail);
    }

    private static string? Unchanged(string? typed, string? onFile) =>
        onFile is not null && string.Equals(typed?.Trim(), onFile, StringComparison.Ordinal) ? onFile : null;

    private async Task<OutboxMessage> RequestEmailChangeAsync(Patient patient, string email, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lifetime = signUp.Value.ConfirmationLinkLifetime;
        var current = await templates.CurrentAsync(cancellationToken);
        patient.RequestEmailChange(email);
        var (token, rawToken) = AccountToken.Issue(patient.Id, TokenPurpose.EmailChange, lifetime, now, email);
        tokens.Add(token);
        // A row saved with the change: if the mail server is down the link goes later, not never.
        return outbox.AddEmail(
            emails.EmailChangeConfirmation(patient, email, OutboxMessage.LinkTokenPlaceholder, lifetime, current),
            new MessageContext(MessagePurpose.EmailChangeConfirmation, patient.Id),
            now,
            rawToken);
    }
}
