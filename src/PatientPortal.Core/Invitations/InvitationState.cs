namespace PatientPortal.Core.Invitations;

public enum InvitationState
{
    Pending,
    Completed,
    Expired,
    Revoked,

    /// <summary>Too many wrong family names.</summary>
    Locked,
}
