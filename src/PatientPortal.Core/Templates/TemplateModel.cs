using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Templates;

/// <summary>
/// What a template can print. Names in templates are snake_case (<c>{{ patient.given_name }}</c>); the TRD
/// tokens are worked out before rendering (they may create an invitation) and arrive here as finished values.
/// </summary>
/// <param name="Link">The link of a one-link message (invitation, reset, confirmation, the appendix's invitation).</param>
/// <param name="LinkExpiresIn">How long <paramref name="Link"/> works, in words ("72 hours").</param>
/// <param name="Trd92">The invitation appendix, already rendered for the channel (HTML for email), or empty.</param>
/// <param name="Trd104">The payment link: the payment page, or an invitation that leads there.</param>
/// <param name="Trd89">The recall link: the pre-filtered booking search, or an invitation that leads there.</param>
/// <param name="Content">The email layout only: the message's own HTML body, which the layout wraps.</param>
/// <param name="Reason">The email layout only: why the patient is getting this email, in a sentence.</param>
/// <param name="Holder">A family member's primary account holder, whose account signs in for them; null for anyone else.</param>
public sealed record TemplateModel(
    PatientData Patient,
    PracticeData Practice,
    AppointmentData? Appointment = null,
    ServiceData? Service = null,
    RecallData? Recall = null,
    string? Link = null,
    string? LinkExpiresIn = null,
    string? Trd92 = null,
    string? Trd104 = null,
    string? Trd89 = null,
    string? Content = null,
    string? Reason = null,
    HolderData? Holder = null);

/// <param name="HasAccount">The patient has a portal password, so a link signs in rather than sets up an account.</param>
/// <param name="IsFamilyMember">Another patient (their primary account holder) manages the patient's portal: a link opens with either account.</param>
public sealed record PatientData(string? Title, string GivenName, string FamilyName, bool HasAccount, bool IsFamilyMember = false)
{
    public string FullName => Title is { Length: > 0 } ? $"{Title} {GivenName} {FamilyName}" : $"{GivenName} {FamilyName}";
}

/// <summary>The primary account holder of a family member, as messages to the member name them.</summary>
public sealed record HolderData(string? Title, string GivenName, string FamilyName)
{
    public string FullName => Title is { Length: > 0 } ? $"{Title} {GivenName} {FamilyName}" : $"{GivenName} {FamilyName}";
}

/// <summary>The practice as messages show it; contact details left empty in the options are empty here.</summary>
public sealed record PracticeData(string Name, string Website)
{
    public string Phone { get; init; } = string.Empty;

    public string Email { get; init; } = string.Empty;

    /// <summary>The address on one line, its parts separated by commas.</summary>
    public string Address { get; init; } = string.Empty;

    /// <summary>The opening hours on one line, separated by semicolons.</summary>
    public string OpeningHours { get; init; } = string.Empty;

    public string LogoUrl { get; init; } = string.Empty;

    public string Colour { get; init; } = new PracticeBrand().Colour;

    public string TextOnColour { get; init; } = new PracticeBrand().TextOnColour;

    public static PracticeData From(PracticeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var contact = options.Contact;
        return new(options.Name, options.PublicBaseUrl.AbsoluteUri)
        {
            Phone = contact.Phone?.Trim() ?? string.Empty,
            Email = contact.Email?.Trim() ?? string.Empty,
            Address = Lines(contact.Address, ", "),
            OpeningHours = Lines(contact.OpeningHours, "; "),
            LogoUrl = options.Brand.LogoUrl?.AbsoluteUri ?? string.Empty,
            Colour = options.Brand.Colour,
            TextOnColour = options.Brand.TextOnColour,
        };
    }

    private static string Lines(string[]? lines, string separator) =>
        string.Join(separator, (lines ?? []).Select(line => line.Trim()).Where(line => line.Length > 0));
}

/// <param name="Start">In the practice's time zone.</param>
public sealed record AppointmentData(DateTimeOffset Start, string ServiceName, decimal Amount, bool VideoConsultation, bool Paid)
{
    /// <summary>The site takes the payment online (a payment provider is configured), so a message may say "pay".</summary>
    public bool PayOnline { get; init; }
}

public sealed record ServiceData(string Name);

public sealed record RecallData(DateOnly DueDate);
