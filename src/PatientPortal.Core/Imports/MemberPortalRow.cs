namespace PatientPortal.Core.Imports;

/// <summary>A member portal: a member organisation's own site that serves the patient portal.</summary>
public sealed record MemberPortalRow(string? ExternalId, string? Name, string? BaseUrl) : IImportRow;
