namespace PatientPortal.Website.Admin;

/// <summary>One more admin login of the demo host (<c>Website:Admin:Users:{n}</c>).</summary>
public sealed class AdminUserOptions
{
    public const int MinimumPasswordLength = 12;

    public string Username { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    /// <summary>Whether the user may use the Patient Portal section at all (as an Umbraco user group's allowed section).</summary>
    public bool Section { get; set; } = true;

    /// <summary>Names from <c>PatientPortalPermissions</c>, such as <c>PatientPortal.Templates</c>.</summary>
    public IList<string> Permissions { get; } = [];

    public AdminUser ToUser() => new(Username, Password, Section, [.. Permissions]);
}
