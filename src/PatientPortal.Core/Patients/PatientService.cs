using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Core.SignUp;

namespace PatientPortal.Core.Patients;

/// <summary>
/// The practice adds patients and moves them between chargebands. A patient who lands on a chargeband with
/// "Allow and notify" and has no account is invited there and then.
/// </summary>
public sealed class PatientService(
    IPatientRepository patients,
    IChargebandRepository chargebands,
    InvitationService invitations,
    IUnitOfWork unitOfWork,
    IAuditLog audit,
    PracticeClock clock,
    IOptions<PracticeOptions> practice,
    ILogger<PatientService> logger)
{
    public const string AllowAndNotifyActor = "system (allow and notify)";

    public async Task<Result<Patient>> RegisterAsync(RegisterPatientCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new ValidationErrors();
        string? title = null;
        if (!string.IsNullOrWhiteSpace(command.Title) && !PersonName.TryNormalize(command.Title, out title, out var titleProblem, RegistrationValidator.MaximumTitleLength))
        {
            errors.Add("title", titleProblem == NameProblem.TooLong
                ? $"A title has at most {RegistrationValidator.MaximumTitleLength} characters."
                : $"The title {HiddenCharacters.FieldMessage}");
        }

        var givenName = Required(command.GivenName, "givenName", "given name", errors);
        var familyName = Required(command.FamilyName, "familyName", "family name", errors);
        if (command.DateOfBirth is not { } dateOfBirth || dateOfBirth > clock.Today || dateOfBirth < clock.Today.AddYears(-130))
        {
            errors.Add("dateOfBirth", "Enter a date of birth in the past.");
            dateOfBirth = default;
        }

        string? email = null;
        if (!string.IsNullOrWhiteSpace(command.Email) && !EmailAddress.TryNormalize(command.Email, out email))
        {
            errors.Add("email", "Enter an email address in the form name@example.com, or leave it empty.");
        }

        string? mobile = null;
        if (!string.IsNullOrWhiteSpace(command.Mobile) && !MobileNumber.TryNormalize(command.Mobile, practice.Value.PhoneRegion, out mobile, out var mobileError))
        {
            errors.Add("mobile", mobileError);
        }

        var chargeband = await chargebands.FindAsync(command.ChargebandId, cancellationToken);
        if (chargeband is null)
        {
            errors.Add("chargebandId", "Choose an existing chargeband.");
        }

        if (command.PrimaryAccountHolderId is { } holderId && await patients.FindAsync(holderId, cancellationToken) is null)
        {
            errors.Add("primaryAccountHolderId", "The primary account holder must be an existing patient.");
        }

        if (errors.Any)
        {
            return Failure.Invalid(errors);
        }

        var now = clock.UtcNow;
        var patient = Patient.Register(new PatientDetails(title, givenName!, familyName!, dateOfBirth, email, mobile), chargeband!.Id, now, command.PrimaryAccountHolderId);
        patient.SetConsent(command.EmailConsent && email is not null, command.SmsConsent && mobile is not null);
        patients.Add(patient);
        audit.Record(actor, "patient.registered", "patient", patient.Id, $"on chargeband {chargeband.Name}");
        await SaveAndNotifyAsync(patient, chargeband, cancellationToken);
        return patient;
    }

    public async Task<Result<Patient>> MoveToChargebandAsync(Guid patientId, Guid chargebandId, string actor, CancellationToken cancellationToken)
    {
        if (await patients.FindAsync(patientId, cancellationToken) is not { } patient)
        {
            return Failure.NotFound($"There is no patient with id {patientId}.");
        }

        if (await chargebands.FindAsync(chargebandId, cancellationToken) is not { } chargeband)
        {
            return Failure.Invalid("chargebandId", "Choose an existing chargeband.");
        }

        if (patient.ChargebandId == chargebandId)
        {
            return patient;
        }

        patient.MoveToChargeband(chargebandId);
        audit.Record(actor, "patient.chargeband-changed", "patient", patient.Id, $"to {chargeband.Name}");
        await SaveAndNotifyAsync(patient, chargeband, cancellationToken);
        return patient;
    }

    private async Task SaveAndNotifyAsync(Patient patient, Chargeband chargeband, CancellationToken cancellationToken)
    {
        if (chargeband.InvitesPatientsAutomatically && !patient.HasPassword)
        {
            // Sending saves the patient in the same commit as the invitation.
            var sent = await invitations.SendAsync(patient, new InvitationRequest(AllowAndNotifyActor, Reason: $"added to {chargeband.Name}, which allows and notifies"), cancellationToken);
            if (sent.Succeeded)
            {
                return;
            }

            logger.LogInformation("Patient {PatientId} joined an allow-and-notify chargeband but was not invited: {Reason}", patient.Id, sent.Failure!.Title);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private static string? Required(string? value, string field, string label, ValidationErrors errors)
    {
        if (PersonName.TryNormalize(value, out var name, out var problem))
        {
            return name;
        }

        errors.Add(field, problem == NameProblem.HiddenCharacter
            ? $"The {label} {HiddenCharacters.FieldMessage}"
            : $"Enter a {label} of at most {PersonName.MaximumLength} characters.");
        return null;
    }
}
