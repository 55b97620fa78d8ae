using System.Globalization;

namespace PatientPortal.Core.Templates;

/// <summary>
/// Every name a template can use, in one place: the renderer fills exactly these, the validator accepts
/// exactly these, and the backoffice's token picker lists them.
/// </summary>
public static class TemplateTokens
{
    public static IReadOnlyList<TokenGroup> Groups { get; } =
    [
        new("patient", _ => true,
        [
            Data("patient.title", "The patient's title (Mrs, Dr), or nothing.", TokenScope.Everywhere, (m, _) => m.Patient.Title ?? string.Empty),
            Data("patient.given_name", "The patient's given name.", TokenScope.Everywhere, (m, _) => m.Patient.GivenName),
            Data("patient.family_name", "The patient's family name.", TokenScope.Everywhere, (m, _) => m.Patient.FamilyName),
            Data("patient.full_name", "Title, given name and family name.", TokenScope.Everywhere, (m, _) => m.Patient.FullName),
            Data("patient.has_account", "True when the patient has a portal password; for {% if %} sections.", TokenScope.Everywhere, (m, _) => m.Patient.HasAccount),
            Data("patient.is_family_member", "True when another patient (their primary account holder) manages the patient's portal, so the holder's account opens their links; for {% if %} sections.", TokenScope.Everywhere, (m, _) => m.Patient.IsFamilyMember),
        ]),
        new("holder", m => m.Holder is not null,
        [
            Data("holder.title", "The title of a family member's primary account holder, or nothing.", TokenScope.Everywhere, (m, _) => m.Holder!.Title ?? string.Empty),
            Data("holder.given_name", "The given name of a family member's primary account holder (nothing for other patients).", TokenScope.Everywhere, (m, _) => m.Holder!.GivenName),
            Data("holder.family_name", "The family name of a family member's primary account holder (nothing for other patients).", TokenScope.Everywhere, (m, _) => m.Holder!.FamilyName),
            Data("holder.full_name", "Title, given name and family name of a family member's primary account holder (nothing for other patients).", TokenScope.Everywhere, (m, _) => m.Holder!.FullName),
        ]),
        new("practice", _ => true,
        [
            Data("practice.name", "The practice's name.", TokenScope.Everywhere, (m, _) => m.Practice.Name),
            Data("practice.website", "The practice website's address.", TokenScope.Everywhere, (m, _) => m.Practice.Website),
            Data("practice.phone", "The practice's phone number, or nothing.", TokenScope.Everywhere, (m, _) => m.Practice.Phone),
            Data("practice.email", "The practice's email address, or nothing.", TokenScope.Everywhere, (m, _) => m.Practice.Email),
            Data("practice.address", "The practice's address on one line, or nothing.", TokenScope.Everywhere, (m, _) => m.Practice.Address),
            Data("practice.opening_hours", "The practice's opening hours on one line, or nothing.", TokenScope.Everywhere, (m, _) => m.Practice.OpeningHours),
            Data("practice.logo_url", "The address of the practice's logo image, or nothing.", TokenScope.Everywhere, (m, _) => m.Practice.LogoUrl),
            Data("practice.colour", "The practice's colour (#RRGGBB), as its buttons have it.", TokenScope.Everywhere, (m, _) => m.Practice.Colour),
            Data("practice.text_on_colour", "The colour of text on the practice's colour (#RRGGBB).", TokenScope.Everywhere, (m, _) => m.Practice.TextOnColour),
        ]),
        new("message", m => m.Reason is not null,
        [
            Data("message.reason", "Why the patient is getting this email, in a sentence, for the footer.", TokenScope.Layout, (m, _) => m.Reason),
        ]),
        new("appointment", m => m.Appointment is not null,
        [
            Data("appointment.start", "When the appointment starts, as a date for Liquid's date filter.", TokenScope.Appointment, (m, _) => m.Appointment!.Start),
            Data("appointment.date", "The appointment's date, written out (Tuesday 16 June 2026).", TokenScope.Appointment, (m, c) => m.Appointment!.Start.ToString("dddd d MMMM yyyy", c)),
            Data("appointment.time", "The appointment's start time (14:30).", TokenScope.Appointment, (m, c) => m.Appointment!.Start.ToString("t", c)),
            Data("appointment.service", "The service booked.", TokenScope.Appointment, (m, _) => m.Appointment!.ServiceName),
            Data("appointment.amount", "The amount to pay, with its currency.", TokenScope.Appointment, (m, c) => m.Appointment!.Amount.ToString("C", c)),
            Data("appointment.video", "True for a video consultation; for {% if %} sections.", TokenScope.Appointment, (m, _) => m.Appointment!.VideoConsultation),
            Data("appointment.paid", "True once the appointment is paid; for {% if %} sections.", TokenScope.Appointment, (m, _) => m.Appointment!.Paid),
            Data("appointment.pay_online", "True when the portal takes the payment online; otherwise the payment page says how to pay the practice. For {% if %} sections.", TokenScope.Appointment, (m, _) => m.Appointment!.PayOnline),
        ]),
        new("service", m => m.Service is not null,
        [
            Data("service.name", "The recalled service.", TokenScope.Service, (m, _) => m.Service!.Name),
        ]),
        new("recall", m => m.Recall is not null,
        [
            Data("recall.due_date", "When the recall is due (16 June 2026).", TokenScope.Recall, (m, c) => m.Recall!.DueDate.ToString("d MMMM yyyy", c)),
        ]),
    ];

    /// <summary>Names used on their own (<c>{{ link }}</c>, <c>{{ TRD104 }}</c>).</summary>
    public static IReadOnlyList<TemplateToken> TopLevel { get; } =
    [
        Data("link", "The message's own link: the invitation, reset or confirmation page.", TokenScope.Link, (m, _) => m.Link ?? string.Empty),
        Data("link_expires_in", "How long the link works, in words (3 days).", TokenScope.Link, (m, _) => m.LinkExpiresIn ?? string.Empty),
        new(TrdTokens.InvitationAppendix, TokenKind.Trd,
            "The portal invitation appendix (its own template) with an invitation link; nothing when the patient has an account or is a family member.",
            TokenScope.Appendix, (m, _) => m.Trd92 ?? string.Empty),
        new(TrdTokens.PaymentInAdvance, TokenKind.Trd,
            "The payment link: the appointment's payment page, or an invitation that lands there; on the member portal when the appointment is booked on one.",
            TokenScope.Appointment, (m, _) => m.Trd104 ?? string.Empty),
        new(TrdTokens.Recall, TokenKind.Trd,
            "The recall link: the booking search filtered to the service, or an invitation that lands there.",
            TokenScope.Service, (m, _) => m.Trd89 ?? string.Empty),
        new(LayoutContent, TokenKind.Data,
            "The message itself: the HTML of the email's own template, which the layout wraps.",
            TokenScope.Layout, (m, _) => m.Content ?? string.Empty),
    ];

    /// <summary>Where the email layout puts each message's own HTML.</summary>
    public const string LayoutContent = "content";

    public static IReadOnlyList<TemplateToken> All { get; } = [.. Groups.SelectMany(group => group.Members), .. TopLevel];

    private static readonly Dictionary<string, TemplateToken> ByName = All.ToDictionary(token => token.Name, StringComparer.Ordinal);

    public static TemplateToken? Find(string name) => ByName.GetValueOrDefault(name);

    public static TokenGroup? Group(string name) => Groups.FirstOrDefault(group => group.Name == name);

    public static IReadOnlyList<TemplateToken> AllowedIn(TemplatePurpose purpose) => All.Where(token => token.AllowedIn(purpose)).ToList();

    private static TemplateToken Data(string name, string description, TokenScope scope, Func<TemplateModel, CultureInfo, object?> value) =>
        new(name, TokenKind.Data, description, scope, value);
}
