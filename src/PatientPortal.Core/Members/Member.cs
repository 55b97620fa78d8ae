namespace PatientPortal.Core.Members;

/// <summary>An organisation (employer, insurer) appointments can be booked on; it may be connected to a member portal.</summary>
public sealed class Member
{
    private Member()
    {
        ExternalId = string.Empty;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string ExternalId { get; private set; }

    public string Name { get; private set; }

    public Guid? MemberPortalId { get; private set; }

    public static Member Create(string externalId, string name, Guid? memberPortalId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), ExternalId = externalId, Name = name, MemberPortalId = memberPortalId };

    public bool Update(string name, Guid? memberPortalId)
    {
        var changed = Name != name || MemberPortalId != memberPortalId;
        (Name, MemberPortalId) = (name, memberPortalId);
        return changed;
    }
}
