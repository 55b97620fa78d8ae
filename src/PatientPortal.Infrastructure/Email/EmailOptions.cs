using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace PatientPortal.Infrastructure.Email;

public sealed class EmailOptions
{
    [Required]
    [EmailAddress]
    public string From { get; set; } = "portal@example.org";

    public string? FromName { get; set; }

    /// <summary>
    /// Where patients' replies go (the Reply-To header); when empty, the practice's contact email
    /// (<c>PatientPortal:Practice:Contact:Email</c>), so a reply reaches someone rather than the sending address.
    /// </summary>
    [EmailAddress]
    public string? ReplyTo { get; set; }

    public string? ReplyToName { get; set; }

    public EmailDeliveryMethod DeliveryMethod { get; set; } = EmailDeliveryMethod.SpecifiedPickupDirectory;

    /// <summary>Folder for .eml files; relative paths are under the site's content root.</summary>
    public string PickupDirectoryLocation { get; set; } = "App_Data/mail-pickup";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>
    /// <c>StartTls</c> refuses to send when the server does not offer STARTTLS (fail closed);
    /// <c>None</c> is only for a local development server.
    /// </summary>
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.StartTls;

    public string? Username { get; set; }

    public string? Password { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where the transport settings came from, for the start-up log: set by a host integration (Umbraco's SMTP settings), not configured.</summary>
    public string SettingsSource { get; set; } = "PatientPortal:Email";
}
