namespace PatientPortal.Core.Security;

public enum TokenPurpose
{
    EmailConfirmation,

    /// <summary>Confirms a new email address a signed-in patient gave; the token carries the address.</summary>
    EmailChange,
}
