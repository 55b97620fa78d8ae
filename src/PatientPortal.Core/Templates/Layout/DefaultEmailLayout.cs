namespace PatientPortal.Core.Templates.Layout;

/// <summary>
/// The layout every practice starts with. Email clients keep little CSS: the styles are inline, the structure is
/// tables (role="presentation", so screen readers do not read them as data), the page is at most 600 px wide and
/// shrinks to a phone's, and the colours come from the practice's brand settings with contrast checked on start.
/// </summary>
internal static class DefaultEmailLayout
{
    public const string Body = """
        <table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" style="width:100%;background-color:#F3F4F6;">
        <tr>
        <td align="center" style="padding:24px 12px;">
        <table role="presentation" width="100%" border="0" cellpadding="0" cellspacing="0" style="width:100%;max-width:600px;background-color:#FFFFFF;border-radius:8px;">
        <tr>
        <td style="padding:20px 24px;background-color:{{ practice.colour }};border-radius:8px 8px 0 0;">
        {% if practice.logo_url != "" %}<img src="{{ practice.logo_url }}" alt="{{ practice.name }}" height="48" style="display:block;height:48px;width:auto;max-width:100%;border:0;">{% else %}<p style="margin:0;font-family:Arial,Helvetica,sans-serif;font-size:22px;line-height:28px;font-weight:bold;color:{{ practice.text_on_colour }};">{{ practice.name }}</p>{% endif %}
        </td>
        </tr>
        <tr>
        <td style="padding:8px 24px 24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:24px;color:#1F2328;">
        {{ content }}
        <p style="margin:24px 0 0;">Kind regards,<br>The team at {{ practice.name }}</p>
        </td>
        </tr>
        <tr>
        <td style="padding:20px 24px;border-top:1px solid #D0D7DE;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#4B5563;">
        <p style="margin:0 0 8px;"><strong>{{ practice.name }}</strong>{% if practice.address != "" %}<br>{{ practice.address }}{% endif %}</p>
        {% if practice.phone != "" %}<p style="margin:0 0 8px;">Phone: {{ practice.phone }}</p>{% endif %}
        {% if practice.email != "" %}<p style="margin:0 0 8px;">Email: <a href="mailto:{{ practice.email }}" style="color:#1F2328;">{{ practice.email }}</a></p>{% endif %}
        {% if practice.opening_hours != "" %}<p style="margin:0 0 8px;">Opening hours: {{ practice.opening_hours }}</p>{% endif %}
        <p style="margin:0;">{{ message.reason }} Our website: <a href="{{ practice.website }}" style="color:#1F2328;">{{ practice.website }}</a></p>
        </td>
        </tr>
        </table>
        </td>
        </tr>
        </table>
        """;
}
