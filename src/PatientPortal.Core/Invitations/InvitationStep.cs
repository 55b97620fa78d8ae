namespace PatientPortal.Core.Invitations;

/// <summary>Where a patient who opened an invitation link is now.</summary>
public enum InvitationStep
{
    /// <summary>Step 1: confirm identity with the family name.</summary>
    ConfirmIdentity,

    /// <summary>Step 2: choose a password.</summary>
    ChoosePassword,

    /// <summary>Step 3: accept the current privacy policy.</summary>
    AcceptPrivacyPolicy,

    /// <summary>The patient has an account by now: sign in, then go to the link's destination.</summary>
    SignIn,

    /// <summary>Done: the patient is signed in and sent to the destination.</summary>
    Completed,

    /// <summary>Expired, used, revoked or locked: offer a fresh link to the contact details on file.</summary>
    Unusable,

    /// <summary>Not a link we issued (mistyped, tampered): nothing to offer but the practice's contact.</summary>
    Invalid,
}

/// <param name="State">Why the link cannot be used, when <see cref="Step"/> is Unusable.</param>
/// <param name="PatientId">Set when the step is Completed: who to sign in.</param>
public sealed record InvitationProgress(InvitationStep Step, InvitationPurpose? Purpose, InvitationState? State, string? TargetPath, Guid? PatientId = null)
{
    public static readonly InvitationProgress Invalid = new(InvitationStep.Invalid, null, null, null);
}
