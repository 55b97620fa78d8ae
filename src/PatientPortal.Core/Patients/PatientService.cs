using PatientPortal.Core.Audit;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Common.Notifications;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Patients;

/// <summary>
/// The practice adds patients and moves them between chargebands; the features that react to a patient joining a
/// chargeband (an "Allow and notify" invitation) are told in the same transaction.
/// </summary>
public sealed class PatientService(
    IPatientRepository patients,
    IChargebandRepository chargebands,
    IDomainNotifications notifications,
    IUnitOfWork unitOfWork,
    IAuditLog audit,
    PatientDetailsValidator details,
    PracticeClock clock)
{
    public async Task<Result<Patient>> RegisterAsync(RegisterPatientCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new ValidationErrors();
        var form = new PatientDetailsForm(command.Title, command.GivenName, command.FamilyName, command.DateOfBirth, command.Email, command.Mobile);
        var validated = details.Validate(form, PatientDetailsAuthor.Practice, errors);
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
        var patient = Patient.Register(validated!, chargeband!.Id, now, command.PrimaryAccountHolderId);
        patient.SetConsent(command.EmailConsent && validated!.Email is not null, command.SmsConsent && validated!.Mobile is not null);
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
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await notifications.PublishAsync(new PatientJoinedChargeband(patient, chargeband), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
