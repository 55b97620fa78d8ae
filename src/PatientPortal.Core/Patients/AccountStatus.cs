namespace PatientPortal.Core.Patients;

public enum AccountStatus
{
    None,
    PendingConfirmation,
    Invited,
    Active,
    Locked,
}
