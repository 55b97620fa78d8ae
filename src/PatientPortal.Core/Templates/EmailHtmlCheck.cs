using AngleSharp;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace PatientPortal.Core.Templates;

/// <summary>
/// Refuses email HTML the sanitiser would change, saying what it would remove and where. The Liquid is hidden
/// first, keeping every character's place (<see cref="LiquidSource.Masked"/>): <c>href="{{ TRD104 }}"</c> is
/// then a harmless relative address, every branch of an <c>{% if %}</c> is checked (rendering sample data
/// would see only one), and the parser's line and column are the template's own. Only removals count: the
/// sanitiser also rewrites harmless things (quotes, colour notation), which are not a reason to refuse. The same
/// check runs on HTML rendered from the template (<see cref="Html.RenderedHtmlCheck"/>), which the mask cannot see.
/// </summary>
internal static class EmailHtmlCheck
{
    // Forces everything into <body>, as the sanitiser itself does, so a leading <style> or <script> is not
    // parked in <head> out of its sight. It is on line 1 only: columns there are shifted back by its length.
    private const string Prefix = "<!doctype html><html><body>";

    private static readonly IConfiguration Css = Configuration.Default.WithCss(new CssParserOptions
    {
        IsIncludingUnknownDeclarations = true,
        IsIncludingUnknownRules = true,
        IsToleratingInvalidSelectors = true,
    });

    /// <summary>
    /// The sanitiser for staff-written email HTML: its defaults, plus mailto: and tel: links, which practices put
    /// in footers, and the <c>role</c> attribute, with which the layout's tables say role="presentation" so screen
    /// readers do not read them out as data; less CSS positioning, with which an email could lay a fake page
    /// over the client's own.
    /// </summary>
    public static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        sanitizer.AllowedAttributes.Add("role");
        sanitizer.AllowedCssProperties.Remove("position");
        sanitizer.AllowedCssProperties.Remove("z-index");
        return sanitizer;
    }

    /// <summary>The template's own markup, its Liquid masked: every branch, at the template's own places.</summary>
    public static IReadOnlyList<TemplateProblem> Check(string body, LiquidSource liquid)
    {
        ArgumentNullException.ThrowIfNull(liquid);
        return Check(liquid.Masked(), offset => TemplatePosition.At(body, offset), rendered: false);
    }

    /// <summary>
    /// HTML made from the template, each problem placed at the source offset <paramref name="sourceAt"/> gives for
    /// its offset. A <paramref name="rendered"/> style attribute that the CSS parser empties is a problem too
    /// (a masked one is empty because its Liquid is hidden).
    /// </summary>
    public static IReadOnlyList<TemplateProblem> Check(string html, Func<int, TemplatePosition> sourceAt, bool rendered)
    {
        ArgumentNullException.ThrowIfNull(sourceAt);
        var problems = new List<TemplateProblem>();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true }, BrowsingContext.New(Css));
        using var document = parser.ParseDocument(Prefix + html);
        var lineStarts = LineStarts(Prefix + html);
        var sanitizer = CreateSanitizer();

        var reported = new HashSet<IElement>();
        void Add(IElement element, string message)
        {
            reported.Add(element);
            problems.Add(TemplateProblem.At(TemplateProblem.BodyField, sourceAt(OffsetOf(element, lineStarts)), TemplateProblemKind.UnsafeHtml, message));
        }

        sanitizer.RemovingTag += (_, e) => Add(e.Tag, $"<{e.Tag.LocalName}> is not allowed in an email and would be removed{(e.Tag.LocalName == "script" ? " (emails cannot run scripts)" : string.Empty)}.");
        sanitizer.RemovingAttribute += (_, e) =>
        {
            // An emptied style or class attribute goes because of a removal already reported.
            if (e.Reason is not (RemoveReason.StyleAttributeEmpty or RemoveReason.ClassAttributeEmpty))
            {
                Add(e.Tag, AttributeMessage(e.Tag, e.Attribute, e.Reason));
            }
            else if (rendered && e.Reason == RemoveReason.StyleAttributeEmpty && !reported.Contains(e.Tag))
            {
                Add(e.Tag, $"The style '{e.Attribute.Value}' on <{e.Tag.LocalName}> is not CSS an email keeps and would be removed.");
            }
        };
        sanitizer.RemovingStyle += (_, e) => Add(e.Tag, $"The style '{e.Style.Name}' on <{e.Tag.LocalName}> is not allowed in an email and would be removed.");
        sanitizer.RemovingAtRule += (_, e) => Add(e.Tag, $"The CSS rule '{e.Rule.CssText}' in <{e.Tag.LocalName}> is not allowed in an email and would be removed.");
        sanitizer.RemovingCssClass += (_, e) => Add(e.Tag, $"The class '{e.CssClass}' on <{e.Tag.LocalName}> is not allowed and would be removed.");
        sanitizer.RemovingComment += (_, e) => problems.Add(CommentProblem(html, e.Comment, sourceAt));
        sanitizer.SanitizeDom(document, document.Body);
        return problems.Distinct().OrderBy(problem => problem.Line).ThenBy(problem => problem.Column).ToList();
    }

    private static string AttributeMessage(IElement tag, IAttr attribute, RemoveReason reason) => reason switch
    {
        _ when attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) =>
            $"The event handler '{attribute.Name}' on <{tag.LocalName}> is not allowed (emails cannot run scripts) and would be removed.",
        RemoveReason.NotAllowedUrlValue =>
            $"The address '{attribute.Value}' in '{attribute.Name}' on <{tag.LocalName}> is not allowed (only http:, https:, mailto: and tel: links) and would be removed.",
        RemoveReason.NotAllowedValue or RemoveReason.NotAllowedStyle =>
            $"The value of '{attribute.Name}' on <{tag.LocalName}> is not allowed and would be removed.",
        _ => $"The attribute '{attribute.Name}' on <{tag.LocalName}> is not allowed in an email and would be removed.",
    };

    // The parser's line and column in the wrapped document, as an offset in the HTML it was given.
    private static int OffsetOf(IElement element, List<int> lineStarts)
    {
        if (element.SourceReference?.Position is not { } at || at.Line < 1 || at.Line > lineStarts.Count)
        {
            return 0;
        }

        return Math.Max(0, lineStarts[at.Line - 1] + at.Column - 1 - Prefix.Length);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    // Comments carry no source position; the first "<!--" with the same text is the one.
    private static TemplateProblem CommentProblem(string html, IComment comment, Func<int, TemplatePosition> sourceAt)
    {
        var offset = html.IndexOf("<!--" + comment.Data, StringComparison.Ordinal);
        const string Message = "HTML comments are removed from emails; delete it.";
        return offset < 0
            ? TemplateProblem.Whole(TemplateProblem.BodyField, TemplateProblemKind.UnsafeHtml, Message)
            : TemplateProblem.At(TemplateProblem.BodyField, sourceAt(offset), TemplateProblemKind.UnsafeHtml, Message);
    }
}
