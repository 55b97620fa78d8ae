using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Invitations;

/// <summary>
/// What an invitation's purpose means elsewhere: the link a patient is sent (an invitation, or a reset once they
/// have a password), and the message, template and outcome it goes out as.
/// </summary>
public static class InvitationPurposes
{
    /// <summary>A new link for the patient: a password reset once they have a password, otherwise an invitation to make an account.</summary>
    public static InvitationPurpose For(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return patient.HasPassword ? InvitationPurpose.PasswordReset : InvitationPurpose.PortalAccess;
    }

    /// <summary>
    /// The purpose of a link sent again (a resend, a new link from an unusable one): the same, except that an
    /// invitation to make an account is a password reset once the patient has a password.
    /// </summary>
    public static InvitationPurpose ResentTo(this InvitationPurpose purpose, Patient patient) =>
        purpose == InvitationPurpose.PortalAccess ? For(patient) : purpose;

    /// <summary>A reset goes out as a reset; every other link as a portal invitation.</summary>
    public static MessagePurpose MessagePurpose(this InvitationPurpose purpose) =>
        purpose == InvitationPurpose.PasswordReset ? Messaging.MessagePurpose.PasswordReset : Messaging.MessagePurpose.PortalInvitation;

    /// <summary>The template its message is written from: the reset's, or the portal invitation's.</summary>
    public static TemplatePurpose TemplatePurpose(this InvitationPurpose purpose) =>
        purpose == InvitationPurpose.PasswordReset ? Templates.TemplatePurpose.PasswordReset : Templates.TemplatePurpose.PortalInvitation;

    /// <summary>What sending it counts as in a result or a bulk run's outcomes.</summary>
    public static InviteOutcome Outcome(this InvitationPurpose purpose) =>
        purpose == InvitationPurpose.PasswordReset ? InviteOutcome.ResetSent : InviteOutcome.Invited;
}
