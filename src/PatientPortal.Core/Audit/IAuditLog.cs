namespace PatientPortal.Core.Audit;

/// <summary>
/// Records admin actions and authentication events. An entry is saved with the change it describes (same
/// unit of work), so the log never claims an action that was rolled back.
/// </summary>
public interface IAuditLog
{
    void Record(string actor, string action, string? subjectType = null, Guid? subjectId = null, string? details = null);

    Task<IReadOnlyList<AuditEntry>> ListAsync(string? subjectType, Guid? subjectId, int take, CancellationToken cancellationToken);
}
