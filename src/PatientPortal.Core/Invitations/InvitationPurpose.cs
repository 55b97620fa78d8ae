namespace PatientPortal.Core.Invitations;

public enum InvitationPurpose
{
    /// <summary>Create a portal account.</summary>
    PortalAccess,

    /// <summary>Choose a new password for an existing account.</summary>
    PasswordReset,

    /// <summary>Create an account (or sign in) and pay for an appointment.</summary>
    PaymentInAdvance,

    /// <summary>Create an account (or sign in) and book a recalled service.</summary>
    Recall,
}
