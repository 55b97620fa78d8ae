namespace PatientPortal.Core.Messaging;

/// <param name="MessageId">A stable Message-ID, so a message sent again after a crash can be recognised as the same one.</param>
public sealed record EmailMessage(string To, string? ToName, string Subject, string HtmlBody, string TextBody, string? MessageId = null);
