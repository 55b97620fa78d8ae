namespace PatientPortal.Core.Audit;

/// <summary>
/// The staff acting in this scope (one request), by the name the use cases pass on as the actor, so the audit log
/// records each one's key beside the name without every use case carrying the key. Jobs run in scopes of their
/// own, so what they record has no key.
/// </summary>
public sealed class AuditActorKeys
{
    private readonly Dictionary<string, Guid> _keys = new(StringComparer.Ordinal);

    /// <summary>The actor name to pass on for <paramref name="member"/>, remembering their key.</summary>
    public string Actor(StaffMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        _keys[member.Name] = member.Key;
        return member.Name;
    }

    public Guid? KeyOf(string actor) => _keys.TryGetValue(actor, out var key) ? key : null;
}
