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
    string? Trd89 = null);

/// <param name="HasAccount">The patient has a portal password, so a link signs in rather than sets up an account.</param>
public sealed record PatientData(string? Title, string GivenName, string FamilyName, bool HasAccount)
{
    public string FullName => Title is { Length: > 0 } ? $"{Title} {GivenName} {FamilyName}" : $"{GivenName} {FamilyName}";
}

public sealed record PracticeData(string Name, string Website);

/// <param name="Start">In the practice's time zone.</param>
public sealed record AppointmentData(DateTimeOffset Start, string ServiceName, decimal Amount, bool VideoConsultation, bool Paid);

public sealed record ServiceData(string Name);

public sealed record RecallData(DateOnly DueDate);
