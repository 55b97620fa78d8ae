using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace PatientPortal.Core.Templates.Limits;

/// <summary>
/// Wraps every Liquid filter so that none makes a text or list over <see cref="RenderLimits"/>. The filters that
/// multiply what they are given (<c>append</c>, <c>replace</c>, <c>join</c>, <c>split</c>, formats with a width)
/// are measured before they run, so the too-large value is never built; every result is checked after.
/// </summary>
internal static partial class FilterLimits
{
    public static void Apply(FilterCollection filters)
    {
        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, Limited(name, filter));
        }
    }

    private static FilterDelegate Limited(string name, FilterDelegate filter) => (input, arguments, context) =>
    {
        var site = new LimitSite.Filter(name);
        Check(site, Predicted(name, input, arguments, context), isList: name is "split" or "concat");
        var result = filter(input, arguments, context);
        return result.IsCompletedSuccessfully ? new ValueTask<FluidValue>(Checked(site, result.Result, context)) : Awaited(site, result, context);
    };

    private static async ValueTask<FluidValue> Awaited(LimitSite.Filter site, ValueTask<FluidValue> result, TemplateContext context) =>
        Checked(site, await result, context);

    private static FluidValue Checked(LimitSite.Filter site, FluidValue value, TemplateContext context)
    {
        var (size, isList) = value switch
        {
            StringValue text => (text.ToStringValue().Length, false),
            ArrayValue list => (list.Values.Count, true),
            _ => (0, false),
        };
        Check(site, size, isList);
        (context as LimitedContext)?.Budget.Spend(size, site);
        return value;
    }

    /// <summary>The size a growing filter's result would have (characters, or values for a list); 0 when it cannot grow much.</summary>
    private static long Predicted(string name, FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        string Arg(int index) => arguments.At(index).ToStringValue();
        return name switch
        {
            "append" or "prepend" => (long)input.ToStringValue().Length + Arg(0).Length,
            "replace" => Replaced(input.ToStringValue(), Arg(0), Arg(1)),
            "replace_first" or "replace_last" => (long)input.ToStringValue().Length + Arg(1).Length,
            "join" => Joined(input, Arg(0), context),
            "split" => Arg(0).Length == 0 ? input.ToStringValue().Length : Occurrences(input.ToStringValue(), Arg(0)) + 1,
            "concat" => (long)input.Enumerate(context).Count() + arguments.At(0).Enumerate(context).Count(),
            "date" or "format_date" or "format_number" => FormatSize(Arg(0)),
            "format_string" => FormatSize(input.ToStringValue()) + (Occurrences(input.ToStringValue(), "{") * Enumerable.Range(0, arguments.Count).Select(i => (long)arguments.At(i).ToStringValue().Length).DefaultIfEmpty(0).Max()),
            _ => 0,
        };
    }

    private static void Check(LimitSite.Filter site, long size, bool isList)
    {
        var limit = isList ? RenderLimits.MaxListLength : RenderLimits.MaxTextLength;
        if (size > limit)
        {
            throw new TemplateLimitException(isList
                ? $"'{site.Name}' would make a list of {RenderBudget.Number(size)} values; a list in a message template has at most {RenderBudget.Number(limit)}."
                : $"'{site.Name}' would make a text of {RenderBudget.Number(size)} characters; a value in a message template is at most {RenderBudget.Number(limit)}.", site);
        }
    }

    private static long Replaced(string text, string search, string replacement) =>
        search.Length == 0 ? text.Length : text.Length + (Occurrences(text, search) * (long)(replacement.Length - search.Length));

    private static long Joined(FluidValue input, string separator, TemplateContext context)
    {
        if (input is not ArrayValue list)
        {
            return 0;
        }

        long length = Math.Max(0, list.Values.Count - 1) * (long)separator.Length;
        foreach (var value in list.Values)
        {
            length += value.ToStringValue().Length;
        }

        return length;
    }

    private static long Occurrences(string text, string search)
    {
        long count = 0;
        for (var at = text.IndexOf(search, StringComparison.Ordinal); at >= 0; at = text.IndexOf(search, at + search.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Formats pad to the widths written in them (<c>%999999d</c>, <c>D999999</c>, <c>{0,999999}</c>), and each
    /// specifier can write a few dozen characters (a long date): an upper bound on what the format makes.
    /// </summary>
    private static long FormatSize(string format) =>
        (40L * format.Length) + Digits().Matches(format).Sum(match => long.TryParse(match.Value, out var width) ? width : long.MaxValue / 4);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
