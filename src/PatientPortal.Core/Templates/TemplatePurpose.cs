namespace PatientPortal.Core.Templates;

/// <summary>
/// What a message template is for; each purpose has one email and one SMS template, except the email layout,
/// which is email only.
/// </summary>
public enum TemplatePurpose
{
    PortalInvitation,
    PasswordReset,
    SignUpConfirmation,

    /// <summary>The appendix TRD92 renders into other messages: a short invitation with its link.</summary>
    InvitationAppendix,

    /// <summary>Sent when a video consultation with mandatory payment is booked offline (TRD104).</summary>
    PaymentInAdvance,

    /// <summary>Sent by the daily recall job for due recalls (TRD89).</summary>
    Recall,

    /// <summary>Sent to a new address a signed-in patient gave, with the link that confirms it.</summary>
    EmailChangeConfirmation,

    /// <summary>The HTML every email is sent in: logo, colours, sign-off and footer around <c>{{ content }}</c>, the message's own body.</summary>
    EmailLayout,
}
