using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using PatientPortal.Core.Templates.Limits;

namespace PatientPortal.Core.Templates.Html;

/// <summary>
/// Rewrites a template for checking its rendered HTML: every branch of each <c>{% if %}</c>, <c>{% unless %}</c>
/// and <c>{% case %}</c> is rendered, one after the other, whatever the sample data, and each piece of the
/// template's own text tells a <see cref="TracingWriter"/> where in the source it stands.
/// </summary>
internal sealed class EveryBranch : AstRewriter
{
    public static IFluidTemplate Apply(IFluidTemplate template) => new EveryBranch().VisitTemplate(template);

    protected override Statement VisitIfStatement(IfStatement ifStatement) =>
        Sequence([ifStatement.Statements, .. ifStatement.ElseIfs.Select(branch => branch.Statements), ifStatement.Else?.Statements ?? []]);

    protected override Statement VisitUnlessStatement(UnlessStatement unlessStatement) =>
        Sequence([unlessStatement.Statements, unlessStatement.Else?.Statements ?? []]);

    protected override Statement VisitCaseStatement(CaseStatement caseStatement) =>
        Sequence([.. caseStatement.Whens.Select(branch => branch.Statements), caseStatement.Else?.Statements ?? []]);

    protected override Statement VisitTextSpanStatement(TextSpanStatement textSpanStatement) => new TracedText(textSpanStatement);

    private StatementSequence Sequence(IEnumerable<IReadOnlyList<Statement>> branches) =>
        new([.. branches.SelectMany(branch => branch).Select(Visit)]);
}

/// <summary>Statements run one after another, as a branch's body runs.</summary>
internal sealed class StatementSequence(IReadOnlyList<Statement> statements) : Statement
{
    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        foreach (var statement in statements)
        {
            var completion = await statement.WriteToAsync(writer, encoder, context);
            if (completion != Completion.Normal)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }
}

/// <summary>The template's own text, telling the writer its offset in the source before and after it is written.</summary>
internal sealed class TracedText(TextSpanStatement text) : Statement
{
    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        text.PrepareBuffer(context.Options); // the span as trimmed around tags, with its offset in the source
        var span = text.Text;
        (writer as TracingWriter)?.Text(span.Offset);
        var completion = await text.WriteToAsync(writer, encoder, context);
        (writer as TracingWriter)?.Values(span.Offset + span.Length);
        return completion;
    }
}

/// <summary>
/// A <see cref="LimitedWriter"/> that remembers where each stretch of output came from: the template's own text
/// at a source offset, or values printed by the Liquid that follows it.
/// </summary>
internal sealed class TracingWriter(RenderBudget budget) : LimitedWriter(budget, new LimitSite.Loops())
{
    private readonly List<(int Output, int Source, bool Text)> _stretches = [(0, 0, false)];

    public void Text(int sourceOffset) => _stretches.Add((GetStringBuilder().Length, sourceOffset, true));

    public void Values(int sourceOffset) => _stretches.Add((GetStringBuilder().Length, sourceOffset, false));

    /// <summary>The source offset an output offset came from; a printed value maps to where its Liquid starts.</summary>
    public int SourceOf(int outputOffset)
    {
        var stretch = _stretches.FindLast(candidate => candidate.Output <= outputOffset);
        return stretch.Text ? stretch.Source + (outputOffset - stretch.Output) : stretch.Source;
    }
}
