namespace PatientPortal.Core.Templates.Html;

/// <summary>
/// Checks the email HTML a template makes, not only the markup it is written with: Liquid literals and filters
/// can print an address or a style that the masked check sees as plain letters (<c>href="{{ 'javascript:…' }}"</c>).
/// Every branch is rendered with sample data, and what the sanitiser would remove is refused at the place in
/// the template that HTML came from.
/// </summary>
internal static class RenderedHtmlCheck
{
    public static IReadOnlyList<TemplateProblem> Check(TemplateRenderer renderer, string body, TemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var rendered = renderer.RenderEveryBranch(body, model);
        return EmailHtmlCheck.Check(rendered.ToString(), offset => TemplatePosition.At(body, rendered.SourceOf(offset)), rendered: true);
    }
}
