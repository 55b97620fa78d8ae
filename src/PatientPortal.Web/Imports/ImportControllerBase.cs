using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Common;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Imports.Csv;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Imports;

/// <summary>
/// Imports from the practice-management system: a JSON array at <c>imports/{kind}</c>, or a CSV file at
/// <c>imports/{kind}/csv</c> (a <c>text/csv</c> body, or a multipart form with the file in <c>file</c>).
/// Both answer an <see cref="ImportReport"/>, 200 even when some rows were rejected.
/// </summary>
[Authorize(Policy = PatientPortalPolicies.Imports)]
[Tags("Imports")]
public abstract class ImportControllerBase : ManagementApiControllerBase
{
    public const string Route = "imports";

    /// <summary>Room for the largest import allowed (5,000 rows) with long names, as JSON or CSV.</summary>
    public const long MaxImportBytes = 16 * 1024 * 1024;

    protected const string CsvContentType = "text/csv";
    protected const string MultipartContentType = "multipart/form-data";

    /// <summary>Rows of a JSON array, numbered by their position from 1; a null element is a row with nothing given.</summary>
    protected static IReadOnlyList<ImportRow<TRow>> Numbered<TRow>(IReadOnlyList<TRow?> rows, TRow empty)
        where TRow : class =>
        rows.Select((row, index) => new ImportRow<TRow>(index + 1, row ?? empty)).ToList();

    protected IActionResult ToResponse(Result<ImportReport> result) =>
        result.Succeeded ? Ok(result.Value) : this.ToProblem(result.Failure!);

    /// <summary>Reads the CSV file of the request and imports its rows; a file that cannot be read imports nothing.</summary>
    protected async Task<IActionResult> ImportCsvAsync<TRow>(
        CsvLayout<TRow> layout,
        Func<IReadOnlyList<ImportRow<TRow>>, string, CancellationToken, Task<Result<ImportReport>>> import,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        // Buffered, so the CSV reader can read as it likes without synchronous I/O on the request body.
        await using var csv = new MemoryStream();
        if (Request.HasFormContentType)
        {
            // Already read (and its refusals answered) by RequestBodyProblems.
            var form = await Request.ReadFormAsync(cancellationToken);
            if ((form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null)) is not { } file)
            {
                return this.ToProblem(Failure.Invalid("file", "Attach the CSV file in the form field 'file'."));
            }

            await using var upload = file.OpenReadStream();
            await upload.CopyToAsync(csv, cancellationToken);
        }
        else
        {
            await Request.Body.CopyToAsync(csv, cancellationToken);
        }

        csv.Position = 0;
        var rows = await CsvImportReader.ReadAsync(csv, layout, cancellationToken);
        return rows.Succeeded ? ToResponse(await import(rows.Value!, Actor, cancellationToken)) : this.ToProblem(rows.Failure!);
    }
}
