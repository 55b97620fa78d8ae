namespace PatientPortal.Core.Messaging;

public sealed record EmailMessage(string To, string? ToName, string Subject, string HtmlBody, string TextBody);
