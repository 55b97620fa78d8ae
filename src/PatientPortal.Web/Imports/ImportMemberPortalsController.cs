using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Imports.Csv;

namespace PatientPortal.Web.Imports;

public sealed class ImportMemberPortalsController(ImportService imports) : ImportControllerBase
{
    /// <summary>Creates or updates member portals, from a JSON array.</summary>
    [HttpPost(Route + "/member-portals")]
    [RequestSizeLimit(MaxImportBytes)]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Json([FromBody] List<MemberPortalRow?> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return ToResponse(await imports.ImportMemberPortalsAsync(Numbered(rows, new MemberPortalRow(null, null, null)), Actor, cancellationToken));
    }

    /// <summary>Creates or updates member portals, from a CSV file with a header line.</summary>
    [HttpPost(Route + "/member-portals/csv")]
    [Consumes(CsvContentType, MultipartContentType)]
    [RequestSizeLimit(MaxImportBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImportBytes)]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<IActionResult> Csv(CancellationToken cancellationToken) =>
        ImportCsvAsync(CsvLayouts.MemberPortals, imports.ImportMemberPortalsAsync, cancellationToken);
}
