namespace PatientPortal.Core.Imports;

/// <summary>A patient (our patient id) due back for a service (its external id) on a date.</summary>
public sealed record RecallRow(string? ExternalId, Guid? PatientId, string? ServiceExternalId, DateOnly? DueDate) : IImportRow;
