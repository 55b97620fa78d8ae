using Fluid;
using Fluid.Ast;

namespace PatientPortal.Core.Templates;

/// <summary>
/// What a parsed template refers to, read from Fluid's tree (so <c>{% if %}</c> conditions, loop sources and
/// filter arguments count as much as <c>{{ output }}</c>): the variable paths it prints or tests, the filters
/// it applies, the tags that need files, and the names it defines itself (assign, capture, for, increment).
/// </summary>
internal sealed class TemplateReferences : AstVisitor
{
    // Liquid's own names inside loops.
    private static readonly string[] BuiltIn = ["forloop", "tablerowloop"];

    private readonly List<string> _paths = [];
    private readonly HashSet<string> _locals = new(BuiltIn, StringComparer.Ordinal);
    private readonly HashSet<string> _filters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fileTags = new(StringComparer.Ordinal);

    private TemplateReferences()
    {
    }

    /// <summary>Dotted paths as written (<c>patient.given_name</c>), in order, without names the template defines.</summary>
    public IReadOnlyList<string> Variables => _paths.Where(path => !_locals.Contains(Root(path))).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyCollection<string> Filters => _filters;

    /// <summary>True when the template prints or tests <paramref name="token"/> itself (<c>TRD92</c>, <c>content</c>), not a name it defines.</summary>
    public bool Uses(string token) => Variables.Contains(token, StringComparer.Ordinal);

    /// <summary>True when <c>raw</c> prints anything but an HTML token (<see cref="TemplateToken.IsHtml"/>): patient data, other values, literals.</summary>
    public bool RawOnOtherThanHtml { get; private set; }

    /// <summary>include / render: they read other template files, which message templates do not have.</summary>
    public IReadOnlyCollection<string> FileTags => _fileTags;

    public static TemplateReferences Of(IFluidTemplate template)
    {
        var references = new TemplateReferences();
        references.VisitTemplate(template);
        return references;
    }

    public static string Root(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? path : path[..dot];
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        // A path ends at its first index or call (patient["x"], a[0]); what follows is not a name we check.
        var names = memberExpression.Segments.TakeWhile(segment => segment is IdentifierSegment).Cast<IdentifierSegment>().Select(segment => segment.Identifier);
        _paths.Add(string.Join('.', names));
        return base.VisitMemberExpression(memberExpression);
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        _filters.Add(filterExpression.Name);
        if (filterExpression.Name == "raw" && !IsHtmlToken(filterExpression.Input))
        {
            RawOnOtherThanHtml = true;
        }

        return base.VisitFilterExpression(filterExpression);
    }

    private static bool IsHtmlToken(Expression input) =>
        input is MemberExpression { Segments: [IdentifierSegment { Identifier: var name }] } && TemplateTokens.Find(name) is { IsHtml: true };

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        _locals.Add(assignStatement.Identifier);
        return base.VisitAssignStatement(assignStatement);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        _locals.Add(captureStatement.Identifier);
        return base.VisitCaptureStatement(captureStatement);
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        _locals.Add(forStatement.Identifier);
        return base.VisitForStatement(forStatement);
    }

    protected override Statement VisitTableRowStatement(TableRowStatement tableRowStatement)
    {
        _locals.Add(tableRowStatement.Identifier);
        return base.VisitTableRowStatement(tableRowStatement);
    }

    protected override Statement VisitIncrementStatement(IncrementStatement incrementStatement)
    {
        _locals.Add(incrementStatement.Identifier);
        return base.VisitIncrementStatement(incrementStatement);
    }

    protected override Statement VisitDecrementStatement(DecrementStatement decrementStatement)
    {
        _locals.Add(decrementStatement.Identifier);
        return base.VisitDecrementStatement(decrementStatement);
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        _fileTags.Add("include");
        return base.VisitIncludeStatement(includeStatement);
    }

    protected override Statement VisitRenderStatement(RenderStatement renderStatement)
    {
        _fileTags.Add("render");
        return base.VisitRenderStatement(renderStatement);
    }
}
