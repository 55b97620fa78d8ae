namespace PatientPortal.Core.Imports;

/// <summary>
/// One row of an import: its number as the sender counts it (the array position from 1, or the CSV line), its
/// values, and what could not even be read (a CSV value that is not a number), reported with the row's other errors.
/// </summary>
public sealed record ImportRow<T>(int Number, T Values)
{
    public IReadOnlyList<ImportFieldError> FormatErrors { get; init; } = [];
}

/// <summary>A record that an import matches on its id in the practice-management system.</summary>
public interface IImportRow
{
    string? ExternalId { get; }
}
