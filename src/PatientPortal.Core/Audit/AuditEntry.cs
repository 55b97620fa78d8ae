namespace PatientPortal.Core.Audit;

/// <summary>One admin action or authentication event: who did what to which record, and when.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = string.Empty;
        Action = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The backoffice user's name, "patient:{id}" for a patient, or "system" for jobs.</summary>
    public string Actor { get; private set; }

    /// <summary>The backoffice user's key as the host resolves it (Umbraco: the user's key); null for anyone else.</summary>
    public Guid? ActorKey { get; private set; }

    /// <summary>A stable dotted name such as <c>invitation.sent</c> or <c>chargeband.online-booking.enabled</c>.</summary>
    public string Action { get; private set; }

    public string? SubjectType { get; private set; }

    public Guid? SubjectId { get; private set; }

    public string? Details { get; private set; }

    public static AuditEntry Create(string actor, string action, string? subjectType, Guid? subjectId, string? details, DateTimeOffset at, Guid? actorKey = null) => new()
    {
        Actor = actor.Length > 200 ? actor[..200] : actor,
        ActorKey = actorKey,
        Action = action,
        SubjectType = subjectType,
        SubjectId = subjectId,
        Details = details is { Length: > 2000 } ? details[..2000] : details,
        At = at,
    };
}
