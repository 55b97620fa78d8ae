namespace PatientPortal.Core.Imports;

/// <summary>One kind of record an import brings: its field rules, and how its valid rows are matched and saved.</summary>
internal interface IImportKind<TRow>
    where TRow : IImportRow
{
    /// <summary>The plural name in routes, reports and the audit log ("services", "member-portals").</summary>
    string Name { get; }

    /// <summary>The row with its text trimmed and blanks read as "not given".</summary>
    TRow Normalize(TRow row);

    /// <summary>The rules one row can be checked against on its own: required fields, lengths, ranges.</summary>
    void Validate(TRow row, RowErrors errors);

    /// <summary>Loads the records these rows match and the records they refer to, in a few queries for the whole batch.</summary>
    Task<IImportPlan<TRow>> PlanAsync(IReadOnlyList<TRow> rows, CancellationToken cancellationToken);
}

/// <summary>A batch's rows, with what they match and refer to loaded.</summary>
internal interface IImportPlan<TRow>
{
    /// <summary>References to records that do not exist (a service external id never imported, an unknown patient).</summary>
    void CheckReferences(TRow row, RowErrors errors);

    /// <summary>Creates or updates the record of a valid row (tracked, saved with the batch).</summary>
    RowOutcome Apply(TRow row);
}

internal enum RowChange
{
    Created,
    Updated,
    Unchanged,
}

internal readonly record struct RowOutcome(RowChange Change, Guid Id);
