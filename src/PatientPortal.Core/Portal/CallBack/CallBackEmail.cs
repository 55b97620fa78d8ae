using System.Globalization;
using System.Net;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Portal.CallBack;

/// <summary>
/// The email that tells the practice a patient wants a call back: who they are (name, date of birth, email, so staff
/// find the right record), the number to call, when, what about, and the patient's note; for a family member, also
/// the primary account holder who asked (the number is theirs). Not a template: it is for staff, not patients.
/// </summary>
public static class CallBackEmail
{
    /// <param name="patient">Whom the booking is for.</param>
    /// <param name="askedBy">The primary account holder who asked for <paramref name="patient"/>, or null when the patient asked.</param>
    public static EmailMessage For(Patient patient, Patient? askedBy, CallBackRequested request, string? note, string recipient, string practiceName, DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(request);
        var about = request.ServiceName ?? "booking an appointment (no service chosen)";
        (string Label, string Value)[] asker = askedBy is null
            ? []
            : [("Asked by", $"{askedBy.DisplayName}, who manages {patient.DisplayName}'s portal (primary account holder); email {askedBy.Email ?? "none on file"}")];
        (string Label, string Value)[] rows =
        [
            ("Patient", patient.DisplayName),
            ("Date of birth", patient.DateOfBirth.ToString("d MMMM yyyy", culture)),
            ("Email", patient.Email ?? "none on file"),
            .. asker,
            ("Phone to call", request.Phone),
            ("Best time", Times(request.Times)),
            ("About", about),
            ("Note", string.IsNullOrEmpty(note) ? "none" : note),
            ("Asked at", TimeZoneInfo.ConvertTime(at, zone).ToString("HH:mm 'on' dddd d MMMM yyyy", culture)),
        ];
        var html = string.Concat(
            askedBy is null
                ? $"<p>{Encode(patient.DisplayName)} asked the {Encode(practiceName)} patient portal for a call back about {Encode(about)}.</p>"
                : $"<p>{Encode(askedBy.DisplayName)} asked the {Encode(practiceName)} patient portal for a call back about {Encode(about)} for {Encode(patient.DisplayName)}, a family member they manage.</p>",
            "<table role=\"presentation\" border=\"0\" cellpadding=\"4\" cellspacing=\"0\">",
            string.Concat(rows.Select(row => $"<tr><td valign=\"top\"><strong>{Encode(row.Label)}</strong></td><td>{Encode(row.Value).Replace("\n", "<br>", StringComparison.Ordinal)}</td></tr>")),
            "</table>",
            $"<p>{(askedBy is null ? "The patient" : Encode(askedBy.DisplayName))} was told the practice will call them on this number at one of these times, and was given the practice's phone number in case they do not hear back.</p>");
        var subject = askedBy is null
            ? $"Call back request: {patient.DisplayName}, about {about}"
            : $"Call back request: {patient.DisplayName}, about {about} (asked by {askedBy.DisplayName})";
        return new EmailMessage(recipient, practiceName, subject, html, HtmlText.From(html));
    }

    /// <summary>"morning or afternoon", as a sentence says it.</summary>
    public static string Times(IReadOnlyList<CallBackTime> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        return string.Join(" or ", times.Select(time => time == CallBackTime.Morning ? "morning" : "afternoon"));
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
