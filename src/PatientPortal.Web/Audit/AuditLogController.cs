using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Audit;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Audit;

/// <param name="ActorKey">The backoffice user's key (Umbraco's user key); null for patients, text messages and the system.</param>
public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string Actor, Guid? ActorKey, string Action, string? SubjectType, Guid? SubjectId, string? Details);

[Authorize(Policy = PatientPortalPolicies.PatientData)]
[Tags("Audit log")]
public sealed class AuditLogController(IAuditLog audit) : ManagementApiControllerBase
{
    /// <summary>Who did what and when, newest first; optionally for one subject (a patient, a chargeband, a run).</summary>
    [HttpGet("audit-log")]
    [ProducesResponseType<IReadOnlyList<AuditEntryResponse>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<AuditEntryResponse>> List([FromQuery] string? subjectType, [FromQuery] Guid? subjectId, [FromQuery] int take = 100, CancellationToken cancellationToken = default) =>
        (await audit.ListAsync(subjectType, subjectId, Math.Clamp(take, 1, 1000), cancellationToken))
            .Select(entry => new AuditEntryResponse(entry.Id, entry.At, entry.Actor, entry.ActorKey, entry.Action, entry.SubjectType, entry.SubjectId, entry.Details))
            .ToList();
}
