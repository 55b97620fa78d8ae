using Ganss.Xss;

namespace PatientPortal.Core.Templates.Html;

/// <summary>
/// The last guard on email HTML, as it is sent: a template saved before the rendered check, or a value printed
/// into an address, cannot send what the sanitiser removes (javascript: and data: links, scripts, positioning).
/// HTML the sanitiser would only rewrite (quotes, entities) goes as the template made it.
/// </summary>
public static class SafeEmailHtml
{
    /// <summary>The HTML to send, and what was removed from it (attribute and element names, never their values).</summary>
    public static (string Html, IReadOnlyList<string> Removed) Clean(string html)
    {
        var (sanitized, removed) = Sanitize(html);
        return removed.Count == 0 ? (html, removed) : (sanitized, removed);
    }

    /// <summary>
    /// The HTML as the sanitiser writes it back, whether or not it removed anything: every tag closed and no
    /// attribute or comment left open, so it can go inside other HTML without changing how that reads.
    /// </summary>
    public static (string Html, IReadOnlyList<string> Removed) Balanced(string html) => Sanitize(html);

    private static (string Html, IReadOnlyList<string> Removed) Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var removed = new List<string>();
        var sanitizer = EmailHtmlCheck.CreateSanitizer();
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"'{e.Attribute.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"the style '{e.Style.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, e) => removed.Add($"a CSS rule in <{e.Tag.LocalName}>");
        sanitizer.RemovingCssClass += (_, e) => removed.Add($"a class on <{e.Tag.LocalName}>");
        sanitizer.RemovingComment += (_, _) => removed.Add("a comment");
        var sanitized = sanitizer.Sanitize(html);
        return (sanitized, removed.Distinct().ToList());
    }
}
