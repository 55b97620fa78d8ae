using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Audit;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Audit;

public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string Actor, string Action, string? SubjectType, Guid? SubjectId, string? Details);

[Tags("Audit log")]
public sealed class AuditLogController(IAuditLog audit) : ManagementApiControllerBase
{
    /// <summary>Who did what and when, newest first; optionally for one subject (a patient, a chargeband, a run).</summary>
    [HttpGet("audit-log")]
    [ProducesResponseType<IReadOnlyList<AuditEntryResponse>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<AuditEntryResponse>> List([FromQuery] string? subjectType, [FromQuery] Guid? subjectId, [FromQuery] int take = 100, CancellationToken cancellationToken = default) =>
        (await audit.ListAsync(subjectType, subjectId, Math.Clamp(take, 1, 1000), cancellationToken))
            .Select(entry => new AuditEntryResponse(entry.Id, entry.At, entry.Actor, entry.Action, entry.SubjectType, entry.SubjectId, entry.Details))
            .ToList();
}
