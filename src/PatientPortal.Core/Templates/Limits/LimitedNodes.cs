using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace PatientPortal.Core.Templates.Limits;

/// <summary>
/// Rewrites a parsed template so that its ranges and captures keep to <see cref="RenderLimits"/>: Fluid builds
/// a range's whole list before the loop's first step, and a capture writes into a buffer of its own.
/// </summary>
internal sealed class LimitRewriter : AstRewriter
{
    public static IFluidTemplate Apply(IFluidTemplate template) => new LimitRewriter().VisitTemplate(template);

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
    {
        var range = (RangeExpression)base.VisitRangeExpression(rangeExpression);
        return new LimitedRange(range.From, range.To);
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        var capture = (CaptureStatement)base.VisitCaptureStatement(captureStatement);
        return new LimitedCapture(capture.Identifier, capture.Statements);
    }
}

/// <summary>A range (<c>(1..n)</c>, bounds from literals or variables) whose size is checked before its list is built.</summary>
internal sealed class LimitedRange(Expression from, Expression to) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        // Rounded as Fluid's own range rounds its bounds (Convert.ToInt32).
        var start = decimal.Round((await from.EvaluateAsync(context)).ToNumberValue());
        var end = decimal.Round((await to.EvaluateAsync(context)).ToNumberValue());
        var count = Math.Max(0m, end - start + 1);
        if (count > RenderLimits.MaxListLength)
        {
            var site = new LimitSite.Range(Text(from), Text(to));
            throw new TemplateLimitException(
                $"The range ({site.From}..{site.To}) has {RenderBudget.Number((long)Math.Min(count, long.MaxValue))} values; a message template may go through at most {RenderBudget.Number(RenderLimits.MaxListLength)}.",
                site);
        }

        var first = Convert.ToInt32(start);
        var values = new FluidValue[(int)count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = NumberValue.Create(first + i);
        }

        return new ArrayValue(values);
    }

    /// <summary>A bound as written: a number, or a variable's path.</summary>
    private static string Text(Expression bound) => bound switch
    {
        LiteralExpression literal => literal.Value.ToStringValue(),
        MemberExpression member => string.Join('.', member.Segments.OfType<IdentifierSegment>().Select(segment => segment.Identifier)),
        _ => "…",
    };
}

/// <summary>A capture that writes into a <see cref="LimitedWriter"/>, as <see cref="CaptureStatement"/> does into its own buffer.</summary>
internal sealed class LimitedCapture(string identifier, IReadOnlyList<Statement> statements) : Statement
{
    public override async ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        var budget = (context as LimitedContext)?.Budget ?? new RenderBudget();
        using var captured = new LimitedWriter(budget, new LimitSite.Capture(identifier));
        var completion = Completion.Normal;
        foreach (var statement in statements)
        {
            completion = await statement.WriteToAsync(captured, encoder, context);
            if (completion != Completion.Normal)
            {
                break;
            }
        }

        FluidValue value = new StringValue(captured.ToString(), encode: false);
        if (context.Captured is { } callback)
        {
            value = await callback(identifier, value, context);
        }

        context.SetValue(identifier, value);
        return completion;
    }
}
