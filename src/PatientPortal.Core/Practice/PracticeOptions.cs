using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Core.Practice;

/// <summary>Facts about the practice that running the portal depends on.</summary>
public sealed class PracticeOptions
{
    [Required]
    public string Name { get; set; } = "Our practice";

    /// <summary>IANA or Windows time-zone id; invite-code dates and quiet hours are in this zone.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>How dates and amounts are written in messages and pages (a .NET culture name).</summary>
    [Required]
    public string Culture { get; set; } = "en-GB";

    /// <summary>ISO 3166 region used to read phone numbers written without a country code.</summary>
    [Required]
    [StringLength(2, MinimumLength = 2)]
    public string PhoneRegion { get; set; } = "GB";

    /// <summary>The public address of the practice website; links in messages start with it.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5000/");

    /// <summary>The privacy policy patients accept; bump the version when its text changes.</summary>
    [Required]
    public string PrivacyPolicyVersion { get; set; } = "2026-01";

    [Required]
    public string PrivacyPolicyUrl { get; set; } = "/privacy";

    /// <summary>How patients reach the practice: shown in every public page's footer and every email's.</summary>
    public PracticeContact Contact { get; set; } = new();

    /// <summary>
    /// Where patients' call-back requests go (the booking page's next step); when empty, <see cref="PracticeContact.Email"/>.
    /// With neither, the booking page gives the practice's phone instead of the form.
    /// </summary>
    [StringLength(254)]
    public string? CallBackEmail { get; set; }

    /// <summary>The address call-back requests are sent to, or null when there is none.</summary>
    public string? CallBackRecipient() =>
        !string.IsNullOrWhiteSpace(CallBackEmail) ? CallBackEmail.Trim()
        : !string.IsNullOrWhiteSpace(Contact.Email) ? Contact.Email.Trim()
        : null;

    /// <summary>The logo and colour of the emails' layout and buttons.</summary>
    public PracticeBrand Brand { get; set; } = new();
}
