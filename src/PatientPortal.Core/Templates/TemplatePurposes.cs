using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Templates;

/// <summary>What each purpose's templates are like: which channels it has, and whether its email has a subject.</summary>
public static class TemplatePurposes
{
    /// <summary>The email layout has no SMS: a text message has no layout to wrap it.</summary>
    public static bool Has(TemplatePurpose purpose, MessageChannel channel) =>
        purpose != TemplatePurpose.EmailLayout || channel == MessageChannel.Email;

    /// <summary>
    /// The appendix goes inside other messages and the layout around them: only the messages themselves have a
    /// subject, and only as email.
    /// </summary>
    public static bool HasSubject(TemplatePurpose purpose, MessageChannel channel) =>
        channel == MessageChannel.Email && purpose is not (TemplatePurpose.InvitationAppendix or TemplatePurpose.EmailLayout);

    /// <summary>The template a message of <paramref name="purpose"/> is written from.</summary>
    public static TemplatePurpose For(MessagePurpose purpose) => purpose switch
    {
        MessagePurpose.PortalInvitation => TemplatePurpose.PortalInvitation,
        MessagePurpose.PasswordReset => TemplatePurpose.PasswordReset,
        MessagePurpose.SignUpConfirmation or MessagePurpose.AlreadyRegistered => TemplatePurpose.SignUpConfirmation,
        MessagePurpose.PaymentInAdvance => TemplatePurpose.PaymentInAdvance,
        MessagePurpose.Recall => TemplatePurpose.Recall,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "No template is written for this purpose."),
    };
}
