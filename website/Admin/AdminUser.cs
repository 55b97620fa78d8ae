using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace PatientPortal.Website.Admin;

/// <summary>An admin login of the demo host and what it may do in the Patient Portal section.</summary>
public sealed record AdminUser(string Username, string Password, bool Section, IReadOnlyList<string> Permissions)
{
    /// <summary>A key that stays the same across restarts (the audit log records it), made from the username.</summary>
    public Guid Key => new(SHA256.HashData(Encoding.UTF8.GetBytes("PatientPortal.Website.Admin:" + Username.ToUpperInvariant()))[..16]);

    public bool Holds(string permission) => Section && Permissions.Contains(permission, StringComparer.Ordinal);

    public ClaimsPrincipal Principal(string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, Username), new Claim(ClaimTypes.NameIdentifier, Key.ToString())], scheme));
}
