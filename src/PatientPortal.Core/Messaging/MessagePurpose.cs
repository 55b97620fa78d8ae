namespace PatientPortal.Core.Messaging;

/// <summary>Why a message was sent; templates (and reports) are chosen by it.</summary>
public enum MessagePurpose
{
    PortalInvitation,
    PasswordReset,
    SignUpConfirmation,
    AlreadyRegistered,
    PaymentInAdvance,
    Recall,
    EmailChangeConfirmation,

    /// <summary>A patient's request to be called back (to book), sent to the practice, not to the patient.</summary>
    CallBackRequest,
}
