using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Invitations;

/// <summary>The invite button on a patient: "Reset password" once the patient has a password.</summary>
public enum PortalAction
{
    Invite,
    ResetPassword,
}

public static class PortalActions
{
    public static PortalAction For(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return patient.Account.PasswordHash is null ? PortalAction.Invite : PortalAction.ResetPassword;
    }

    public static string Label(PortalAction action) =>
        action == PortalAction.ResetPassword ? "Reset password" : "Invite to patient portal";
}
