using System.ComponentModel.DataAnnotations;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Website.Admin;

/// <summary>
/// The demo host's admin logins (an Umbraco site uses its backoffice users instead): the practice admin
/// (<c>Username</c>/<c>Password</c>, the section and every permission) and any further <see cref="Users"/>, each
/// with the permissions it holds.
/// </summary>
public sealed class AdminOptions
{
    [Required]
    public string Username { get; set; } = "admin";

    [Required]
    [MinLength(AdminUserOptions.MinimumPasswordLength)]
    public string Password { get; set; } = string.Empty;

    /// <summary>More admin users, such as a marketing editor with the templates permission only.</summary>
    public IList<AdminUserOptions> Users { get; } = [];

    /// <summary>Every admin user, the practice admin first.</summary>
    public IEnumerable<AdminUser> All() =>
        [new AdminUser(Username, Password, Section: true, PatientPortalPermissions.All), .. Users.Select(user => user.ToUser())];

    /// <summary>The admin user with this username (as signed in), or null.</summary>
    public AdminUser? Find(string? username) => username is null ? null : All().FirstOrDefault(user => user.Username == username);

    /// <summary>Why these logins cannot be used, or null: each needs a username of its own, a long password and known permissions.</summary>
    public string? Problem()
    {
        var users = All().ToList();
        if (users.GroupBy(user => user.Username, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            return $"Website:Admin names the user '{twice.Key}' twice.";
        }

        if (users.FirstOrDefault(user => string.IsNullOrWhiteSpace(user.Username) || user.Password.Length < AdminUserOptions.MinimumPasswordLength) is { } weak)
        {
            return $"Website:Admin:Users: '{weak.Username}' needs a username and a password of at least {AdminUserOptions.MinimumPasswordLength} characters.";
        }

        return users.SelectMany(user => user.Permissions).FirstOrDefault(permission => !PatientPortalPermissions.All.Contains(permission)) is { } unknown
            ? $"Website:Admin:Users: '{unknown}' is not a permission; use {string.Join(", ", PatientPortalPermissions.All)}."
            : null;
    }
}
