namespace PatientPortal.Core.Templates;

/// <param name="ExpectedVersion">The version the editor started from; a save over a newer one is a conflict.</param>
public sealed record SaveTemplateCommand(string? Subject, string? Body, int? ExpectedVersion);

/// <param name="Subject">Text to preview, or null for the stored subject.</param>
/// <param name="Body">Text to preview, or null for the stored body.</param>
/// <param name="PatientId">A real patient to preview for, or null for the sample patient (no account).</param>
public sealed record PreviewTemplateCommand(string? Subject, string? Body, Guid? PatientId);
