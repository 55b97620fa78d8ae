namespace PatientPortal.Core.Templates;

/// <summary>An email template rendered: the subject, the HTML body and a plain-text body derived from it.</summary>
public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody);
