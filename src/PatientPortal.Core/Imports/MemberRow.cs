namespace PatientPortal.Core.Imports;

/// <summary>A member (employer, insurer), optionally connected to a member portal by that portal's external id.</summary>
public sealed record MemberRow(string? ExternalId, string? Name, string? MemberPortalExternalId = null) : IImportRow;
