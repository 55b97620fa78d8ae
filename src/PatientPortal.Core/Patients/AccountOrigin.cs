namespace PatientPortal.Core.Patients;

public enum AccountOrigin
{
    InviteCodeSignUp,
    Invitation,
}
