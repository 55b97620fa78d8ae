using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Imports.Csv;

namespace PatientPortal.Web.Imports;

public sealed class ImportMembersController(ImportService imports) : ImportControllerBase
{
    /// <summary>Creates or updates members, each optionally connected to a member portal by its external id, from a JSON array.</summary>
    [HttpPost(Route + "/members")]
    [RequestSizeLimit(MaxImportBytes)]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Json([FromBody] List<MemberRow?> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return ToResponse(await imports.ImportMembersAsync(Numbered(rows, new MemberRow(null, null)), Actor, cancellationToken));
    }

    /// <summary>Creates or updates members, each optionally connected to a member portal by its external id, from a CSV file with a header line.</summary>
    [HttpPost(Route + "/members/csv")]
    [Consumes(CsvContentType, MultipartContentType)]
    [RequestSizeLimit(MaxImportBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImportBytes)]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<IActionResult> Csv(CancellationToken cancellationToken) =>
        ImportCsvAsync(CsvLayouts.Members, imports.ImportMembersAsync, cancellationToken);
}
