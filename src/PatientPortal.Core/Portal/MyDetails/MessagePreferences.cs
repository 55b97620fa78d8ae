using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Portal.MyDetails;

/// <summary>
/// Consent per channel, as the patient gives it. The messaging code already honours it: invitations, resets,
/// payment requests and recalls go only on the channels allowed here.
/// </summary>
public sealed class MessagePreferences(IPatientRepository patients, IUnitOfWork unitOfWork, IAuditLog audit)
{
    public const string NoEmailMessage = "Add an email address under Contact details first: we can only email an address we have.";

    public const string NoMobileMessage = "Add a mobile number under Contact details first: we can only text a mobile number we have.";

    /// <summary>True when something changed; false when the preferences were already these.</summary>
    public async Task<Result<bool>> ChangeAsync(ChangeMessagePreferencesCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await patients.FindAsync(command.PatientId, cancellationToken) is not { Account.Status: AccountStatus.Active } patient)
        {
            return Failure.NotFound("There is no signed-in patient.");
        }

        var errors = new ValidationErrors();
        if (command.Email && patient.Email is null)
        {
            errors.Add("emailConsent", NoEmailMessage);
        }

        if (command.Sms && patient.Mobile is null)
        {
            errors.Add("smsConsent", NoMobileMessage);
        }

        if (errors.Any)
        {
            return Failure.Invalid(errors);
        }

        if (patient.EmailConsent == command.Email && patient.SmsConsent == command.Sms)
        {
            return false;
        }

        var before = Describe(patient.EmailConsent, patient.SmsConsent);
        patient.SetConsent(command.Email, command.Sms);
        audit.Record(AuditActors.Patient(patient.Id), "account.message-preferences-changed", "patient", patient.Id, $"{Describe(command.Email, command.Sms)} (was {before})");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Describe(bool email, bool sms) => $"email {(email ? "on" : "off")}, text messages {(sms ? "on" : "off")}";
}
