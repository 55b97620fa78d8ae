namespace PatientPortal.Core.Security;

public enum TokenPurpose
{
    EmailConfirmation,
}
