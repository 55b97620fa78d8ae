using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Imports.Csv;

namespace PatientPortal.Web.Imports;

public sealed class ImportAppointmentsController(ImportService imports) : ImportControllerBase
{
    /// <summary>Creates or updates appointments of our patients (by patient id) for imported services, from a JSON array.</summary>
    [HttpPost(Route + "/appointments")]
    [RequestSizeLimit(MaxImportBytes)]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Json([FromBody] List<AppointmentRow?> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return ToResponse(await imports.ImportAppointmentsAsync(Numbered(rows, new AppointmentRow(null, null, null, null, null)), Actor, cancellationToken));
    }

    /// <summary>Creates or updates appointments of our patients (by patient id) for imported services, from a CSV file with a header line.</summary>
    [HttpPost(Route + "/appointments/csv")]
    [Consumes(CsvContentType, MultipartContentType)]
    [RequestSizeLimit(MaxImportBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImportBytes)]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public Task<IActionResult> Csv(CancellationToken cancellationToken) =>
        ImportCsvAsync(CsvLayouts.Appointments, imports.ImportAppointmentsAsync, cancellationToken);
}
