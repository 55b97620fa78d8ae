using System.Security.Claims;
using PatientPortal.Core.Audit;

namespace PatientPortal.Web.Permissions;

/// <summary>The actor the management API passes to use cases: the user's name, with their key kept for the audit log.</summary>
public sealed class BackOfficeActors(IBackOfficeUsers users, AuditActorKeys keys)
{
    public const string Unknown = "unknown backoffice user";

    public string Of(ClaimsPrincipal user) =>
        users.Find(user) is { } member ? keys.Actor(member) : user?.Identity?.Name ?? Unknown;
}
