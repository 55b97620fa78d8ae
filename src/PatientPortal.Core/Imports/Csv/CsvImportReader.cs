using CsvHelper;
using PatientPortal.Core.Common;

namespace PatientPortal.Core.Imports.Csv;

/// <summary>
/// Reads an import from CSV (RFC 4180, comma separated, UTF-8, a header line naming the columns). A file that is
/// not well-formed CSV, or lacks a required column, is refused as a whole; a line whose values are wrong is a
/// rejected row of the import, numbered by its line in the file.
/// </summary>
public static class CsvImportReader
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        // Values may be personal data; error messages name the line and the column instead.
        IncludeValuesInExceptions = false,
        NormalizeHeaderName = HeaderKey,
        MaxRecordSize = 1024 * 1024,
    };

    public static async Task<Result<IReadOnlyList<ImportRow<TRow>>>> ReadAsync<TRow>(Stream csv, CsvLayout<TRow> layout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(layout);
        await using var reader = CsvReader.Create(csv, Options, leaveOpen: true);
        try
        {
            await reader.ReadHeaderAsync(cancellationToken);
            if (CheckHeader(reader.Headers, layout) is { } headerProblem)
            {
                return headerProblem;
            }

            var columns = layout.Columns
                .Select(column => (Name: column, Found: reader.TryGetFieldIndex(column, out var index), Index: index))
                .Where(column => column.Found)
                .ToDictionary(column => column.Name, column => column.Index, StringComparer.Ordinal);
            var rows = new List<ImportRow<TRow>>();
            var count = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                // Past the limit the lines are only counted, for the message.
                if (++count > ImportService.MaxRows)
                {
                    continue;
                }

                var fields = new CsvFields(column => columns.TryGetValue(column, out var index) ? Text.Clean(reader.GetString(index)) : null);
                var values = layout.Read(fields);
                rows.Add(new ImportRow<TRow>(checked((int)reader.LineNumber), values) { FormatErrors = fields.Errors });
            }

            return count > ImportService.MaxRows ? ImportService.TooManyRows(count) : rows;
        }
        catch (CsvFormatException exception)
        {
            // CsvHelper's message names the record and its line ("Record 2 (line 2) has 5 fields but 4 were expected.").
            return Failure.Invalid("file", $"The file is not valid CSV: {exception.Message} Nothing was imported.");
        }
    }

    private static Failure? CheckHeader<TRow>(IReadOnlyList<string> headers, CsvLayout<TRow> layout)
    {
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            return Failure.Invalid("file", $"The file is empty. Its first line names the columns: {string.Join(",", layout.Columns)}.");
        }

        var known = layout.Columns.Select(HeaderKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var given = headers.Select(HeaderKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = layout.RequiredColumns.Where(column => !given.Contains(HeaderKey(column))).ToList();
        var unknown = headers.Where(header => !known.Contains(HeaderKey(header))).ToList();
        if (missing.Count == 0 && unknown.Count == 0)
        {
            return null;
        }

        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"it has no column {string.Join(", ", missing)}");
        }

        if (unknown.Count > 0)
        {
            problems.Add($"it has columns this import does not know: {string.Join(", ", unknown.Select(header => $"'{header}'"))}");
        }

        return Failure.Invalid("file", $"The header line is not right: {string.Join("; ", problems)}. The columns are {string.Join(",", layout.Columns)} (the first {layout.RequiredColumns.Count} required). Nothing was imported.");
    }

    private static string HeaderKey(string header) => header.Replace("_", string.Empty, StringComparison.Ordinal)
        .Replace("-", string.Empty, StringComparison.Ordinal)
        .Replace(" ", string.Empty, StringComparison.Ordinal)
        .Trim();
}
