using System.Net;
using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Messaging;

/// <summary>
/// The built-in layout of an email that carries one link (confirmation, invitation, reset): a greeting, a lead,
/// the link as a button, a footer; HTML and plain text. Editable templates replace it when that feature lands.
/// </summary>
public static class LinkEmail
{
    public static EmailMessage Compose(Patient patient, string subject, string greeting, string lead, string link, string linkText, string footer)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var name = patient.GivenName;
        var text = $"Dear {name},\n\n{greeting}\n\n{lead}\n{link}\n\n{footer}\n";
        var html = $"""
            <p>Dear {Encode(name)},</p>
            <p>{Encode(greeting)}</p>
            <p>{Encode(lead)}</p>
            <p><a href="{Encode(link)}">{Encode(linkText)}</a></p>
            <p>{Encode(footer)}</p>
            """;
        return new EmailMessage(patient.Email!, patient.DisplayName, subject, html, text);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
