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

    /// <summary>
    /// The template a message of <paramref name="purpose"/> is written from: the one of the same name, or null for
    /// a purpose with none (the email layout then gives the general reason for the email).
    /// </summary>
    public static TemplatePurpose? For(MessagePurpose purpose) => purpose switch
    {
        MessagePurpose.AlreadyRegistered => TemplatePurpose.SignUpConfirmation,
        _ when Enum.TryParse<TemplatePurpose>(purpose.ToString(), out var same) => same,
        _ => null,
    };
}
