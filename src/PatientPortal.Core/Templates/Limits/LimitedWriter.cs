using System.Globalization;
using System.Text;

namespace PatientPortal.Core.Templates.Limits;

/// <summary>
/// Collects rendered text and stops at <see cref="RenderLimits.MaxTextLength"/> before writing past it,
/// spending every character from the render's budget. Every write Fluid makes comes through one of these.
/// </summary>
internal class LimitedWriter(RenderBudget budget, LimitSite site) : StringWriter(CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Reserve(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Reserve(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Reserve(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    public override void Write(StringBuilder? value)
    {
        Reserve(value?.Length ?? 0);
        base.Write(value);
    }

    private void Reserve(int count)
    {
        if (GetStringBuilder().Length + (long)count > RenderLimits.MaxTextLength)
        {
            throw new TemplateLimitException(site is LimitSite.Capture capture
                ? $"The capture '{capture.Name}' would hold more than {RenderBudget.Number(RenderLimits.MaxTextLength)} characters, the most a value in a message template can be."
                : $"The message would be longer than {RenderBudget.Number(RenderLimits.MaxTextLength)} characters, the most a message template may make.", site);
        }

        budget.Spend(count, site);
    }
}
