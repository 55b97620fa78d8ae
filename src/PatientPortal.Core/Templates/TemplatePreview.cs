using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Templates;

/// <summary>
/// A template rendered for a look before saving: the email's subject, HTML and text part, or the SMS text and
/// its length. <see cref="Problems"/> lists what would still stop a save (an SMS over the limit, say).
/// </summary>
public sealed record TemplatePreview(
    TemplatePurpose Purpose,
    MessageChannel Channel,
    string? Subject,
    string? Html,
    string Text,
    SmsLength? Sms,
    IReadOnlyList<TemplateProblem> Problems);
