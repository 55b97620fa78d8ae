namespace PatientPortal.Core.Members;

/// <summary>A member's own patient portal: the same portal served at the member's address (its base URL).</summary>
public sealed class MemberPortal
{
    private MemberPortal()
    {
        ExternalId = string.Empty;
        Name = string.Empty;
        BaseUrl = string.Empty;
    }

    public Guid Id { get; private set; }

    public string ExternalId { get; private set; }

    public string Name { get; private set; }

    /// <summary>An absolute http(s) URL; invitation and payment links for the member's patients start with it.</summary>
    public string BaseUrl { get; private set; }

    public static MemberPortal Create(string externalId, string name, string baseUrl, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), ExternalId = externalId, Name = name, BaseUrl = baseUrl };

    public bool Update(string name, string baseUrl)
    {
        var changed = Name != name || BaseUrl != baseUrl;
        (Name, BaseUrl) = (name, baseUrl);
        return changed;
    }
}
