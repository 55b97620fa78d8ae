namespace PatientPortal.Web.Common;

/// <summary>A page that only tells the patient something (errors, "check your email").</summary>
public sealed record MessagePage(string Title, string Body, string? LinkText = null, string? LinkUrl = null);
