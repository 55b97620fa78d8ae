namespace PatientPortal.Core.Imports;

/// <summary>A service as the practice-management system exports it.</summary>
public sealed record ServiceRow(string? ExternalId, string? Name, int? DurationMinutes, decimal? Price, bool? BookableOnline = null) : IImportRow;
