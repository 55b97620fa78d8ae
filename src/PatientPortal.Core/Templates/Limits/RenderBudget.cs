using System.Globalization;
using Fluid;

namespace PatientPortal.Core.Templates.Limits;

/// <summary>The characters one render has written and made so far (<see cref="RenderLimits.MaxWork"/>).</summary>
internal sealed class RenderBudget
{
    private long _spent;

    public void Spend(int characters, LimitSite site)
    {
        _spent += characters;
        if (_spent > RenderLimits.MaxWork)
        {
            throw new TemplateLimitException(
                $"The template makes more than {Number(RenderLimits.MaxWork)} characters of text while it renders{Where(site)}; a message needs far less. Shorten its loops or filters.",
                site);
        }
    }

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Where(LimitSite site) => site switch
    {
        LimitSite.Filter filter => $" (in '{filter.Name}')",
        LimitSite.Capture capture => $" (in the capture '{capture.Name}')",
        _ => string.Empty,
    };
}

/// <summary>A render's context, carrying its <see cref="RenderBudget"/> to the filters and writers.</summary>
internal sealed class LimitedContext(TemplateOptions options) : TemplateContext(options)
{
    public RenderBudget Budget { get; } = new();
}
