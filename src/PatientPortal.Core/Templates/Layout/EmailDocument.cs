using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PatientPortal.Core.Templates.Layout;

/// <summary>
/// The HTML document every email is sent as, around the laid-out body: a doctype (clients without one fall back
/// to quirks rendering), the practice's language, a viewport for phones, a light colour scheme, and the subject
/// as its title. Written here, outside the templates: staff edit what patients read, not the document's head.
/// </summary>
internal static class EmailDocument
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Wrap(string body, string subject, string language) =>
        $"""
        <!doctype html>
        <html lang="{Encoder.Encode(language)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="x-apple-disable-message-reformatting">
        <meta name="color-scheme" content="light">
        <meta name="supported-color-schemes" content="light">
        <title>{Encoder.Encode(subject)}</title>
        </head>
        <body style="margin:0;padding:0;width:100%;word-spacing:normal;">
        {body}
        </body>
        </html>
        """;
}
