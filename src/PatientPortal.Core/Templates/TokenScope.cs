namespace PatientPortal.Core.Templates;

/// <summary>Which purposes a token may be used in, and what to tell staff who use it elsewhere.</summary>
public sealed class TokenScope
{
    private readonly Func<string, TemplatePurpose, string?> _refusal;

    private TokenScope(Func<string, TemplatePurpose, string?> refusal) => _refusal = refusal;

    public static TokenScope Everywhere { get; } = new((_, _) => null);

    public static TokenScope Appointment { get; } = Only(TemplatePurpose.PaymentInAdvance, "needs an appointment: it is only available in the payment-in-advance template");

    public static TokenScope Service { get; } = Only(TemplatePurpose.Recall, "needs a service: it is only available in the recall template");

    public static TokenScope Recall { get; } = Only(TemplatePurpose.Recall, "needs a recall: it is only available in the recall template");

    /// <summary>What only the layout has: the message it wraps, and why that message was sent.</summary>
    public static TokenScope Layout { get; } = Only(TemplatePurpose.EmailLayout, "belongs to the email layout, which wraps every email: it is only available there");

    /// <summary>The one link of an invitation, a reset, a confirmation or the appendix; other messages link through TRD tokens.</summary>
    public static TokenScope Link { get; } = new((name, purpose) => purpose switch
    {
        TemplatePurpose.PortalInvitation or TemplatePurpose.PasswordReset or TemplatePurpose.SignUpConfirmation
            or TemplatePurpose.EmailChangeConfirmation or TemplatePurpose.InvitationAppendix => null,
        TemplatePurpose.PaymentInAdvance => $"{name} is only available in templates that carry their own link (portal invitation, password reset, sign-up confirmation, email change confirmation, invitation appendix). Use {TrdTokens.PaymentInAdvance} for the payment link.",
        TemplatePurpose.Recall => $"{name} is only available in templates that carry their own link (portal invitation, password reset, sign-up confirmation, email change confirmation, invitation appendix). Use {TrdTokens.Recall} for the booking link.",
        TemplatePurpose.EmailLayout => $"{name} is each message's own link: the email layout wraps every email, so put links in the messages' templates.",
        _ => $"{name} is only available in templates that carry their own link.",
    });

    /// <summary>TRD92 adds an invitation, so not to a message that already is one, nor to the appendix itself.</summary>
    public static TokenScope Appendix { get; } = new((name, purpose) => purpose switch
    {
        TemplatePurpose.InvitationAppendix => $"{name} is the invitation appendix itself: the appendix cannot include itself.",
        TemplatePurpose.PortalInvitation or TemplatePurpose.PasswordReset or TemplatePurpose.SignUpConfirmation or TemplatePurpose.EmailChangeConfirmation =>
            $"{name} adds a portal invitation, and this message already carries an account link.",
        TemplatePurpose.EmailLayout => $"{name} adds a portal invitation to a message: put it in the payment-in-advance or recall template, not in the layout that wraps every email.",
        _ => null,
    });

    public bool Allows(TemplatePurpose purpose) => Refusal("token", purpose) is null;

    /// <summary>Why <paramref name="name"/> cannot be used in a template for <paramref name="purpose"/>, or null when it can.</summary>
    public string? Refusal(string name, TemplatePurpose purpose) => _refusal(name, purpose);

    private static TokenScope Only(TemplatePurpose allowed, string reason) =>
        new((name, purpose) => purpose == allowed ? null : $"{name} {reason}.");
}
