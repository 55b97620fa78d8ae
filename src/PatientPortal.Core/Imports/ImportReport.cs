namespace PatientPortal.Core.Imports;

/// <summary>What an import did: rows created, updated, unchanged, and the rejected rows with every reason.</summary>
public sealed record ImportReport(string Kind, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<RejectedRow> RejectedRows)
{
    public int Total => Created + Updated + Unchanged + Rejected;
}

/// <summary>A row that changed nothing, and why.</summary>
public sealed record RejectedRow(int Row, string? ExternalId, IReadOnlyList<ImportFieldError> Errors);

public sealed record ImportFieldError(string Field, string Message);
