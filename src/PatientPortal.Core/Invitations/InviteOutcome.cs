namespace PatientPortal.Core.Invitations;

/// <summary>What inviting one patient did (or why it did not), per patient of a bulk run too.</summary>
public enum InviteOutcome
{
    Invited,
    ResetSent,
    SkippedFamilyMember,
    SkippedNoContactDetails,
    SkippedNoConsent,
    SkippedInvitedRecently,
    SkippedOptedOut,
}
