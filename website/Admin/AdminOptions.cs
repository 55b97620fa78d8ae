using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Website.Admin;

/// <summary>The one practice-admin login of the demo host (an Umbraco site uses its backoffice users instead).</summary>
public sealed class AdminOptions
{
    [Required]
    public string Username { get; set; } = "admin";

    [Required]
    [MinLength(12)]
    public string Password { get; set; } = string.Empty;
}
