using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Imports.Csv;

namespace PatientPortal.Web.Imports;

public sealed class ImportServicesController(ImportService imports) : ImportControllerBase
{
    /// <summary>Creates or updates services (match on externalId), from a JSON array.</summary>
    [HttpPost(Route + "/services")]
    [RequestSizeLimit(MaxImportBytes)]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Json([FromBody] List<ServiceRow?> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return ToResponse(await imports.ImportServicesAsync(Numbered(rows, new ServiceRow(null, null, null, null)), Actor, cancellationToken));
    }

    /// <summary>Creates or updates services (match on externalId), from a CSV file with a header line.</summary>
    [HttpPost(Route + "/services/csv")]
    [Consumes(CsvContentType, MultipartContentType)]
    [RequestSizeLimit(MaxImportBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImportBytes)]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<IActionResult> Csv(CancellationToken cancellationToken) =>
        ImportCsvAsync(CsvLayouts.Services, imports.ImportServicesAsync, cancellationToken);
}
