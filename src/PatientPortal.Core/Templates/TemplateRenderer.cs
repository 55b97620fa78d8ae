using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates.Html;
using PatientPortal.Core.Templates.Layout;
using PatientPortal.Core.Templates.Limits;

namespace PatientPortal.Core.Templates;

/// <summary>
/// Renders message templates with Fluid. Liquid here is sandboxed: templates see only the values of a
/// <see cref="TemplateModel"/> (no .NET members), and <see cref="RenderLimits"/> stop runaway loops, large
/// ranges and growing text with a <see cref="TemplateLimitException"/>. Stored templates are parsed once per
/// version; text being edited (previews, checks) is parsed each time and never cached.
/// </summary>
public sealed class TemplateRenderer
{
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    // Email bodies are HTML: values are encoded, but accented names stay readable rather than becoming entities.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ConcurrentDictionary<(Guid Id, int Version, bool Subject), Parsed> _parsed = new();
    private readonly TemplateOptions _options;
    private readonly CultureInfo _culture;

    public TemplateRenderer(IOptions<PracticeOptions> practice, PracticeClock clock)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(clock);
        _culture = CultureInfo.GetCultureInfo(practice.Value.Culture);
        _options = new TemplateOptions
        {
            CultureInfo = _culture,
            TimeZone = clock.TimeZone,
            MaxSteps = RenderLimits.MaxSteps,
            MaxRecursion = 10,
        };
        EmailButton.Register(_options.Filters, practice.Value.Brand, Html);
        FilterLimits.Apply(_options.Filters);
    }

    /// <summary>Parses Liquid; false with Fluid's message (which names the line and column) when it is not valid.</summary>
    public static bool TryParse(string source, out IFluidTemplate? template, out string? error)
    {
        if (Parser.TryParse(source, out var parsed, out var message))
        {
            (template, error) = (parsed, null);
            return true;
        }

        (template, error) = (null, message);
        return false;
    }

    public RenderedEmail RenderEmail(MessageTemplate template, TemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(template);
        var subject = Render(Cached(template, subject: true).Template, model, NullEncoder.Default);
        var html = RenderHtml(template, model);
        return new RenderedEmail(OneLine(subject), html, HtmlText.From(html));
    }

    /// <summary>A stored email template's HTML alone: the layout, or a body that goes inside it.</summary>
    public string RenderHtml(MessageTemplate template, TemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Render(Cached(template, subject: false).Template, model, Html);
    }

    /// <summary>Email HTML that is not stored (a layout being edited); it must parse.</summary>
    public string RenderHtml(string body, TemplateModel model) => Render(Parse(body), model, Html);

    public string RenderSms(MessageTemplate template, TemplateModel model)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Render(Cached(template, subject: false).Template, model, NullEncoder.Default).Trim();
    }

    /// <summary>Renders text that is not stored (a preview, a check before saving); it must parse.</summary>
    public RenderedEmail RenderEmail(string subject, string body, TemplateModel model)
    {
        var html = RenderHtml(body, model);
        return new RenderedEmail(OneLine(Render(Parse(subject), model, NullEncoder.Default)), html, HtmlText.From(html));
    }

    /// <summary>Renders SMS text that is not stored (a preview, a check before saving); it must parse.</summary>
    public string RenderSms(string body, TemplateModel model) => Render(Parse(body), model, NullEncoder.Default).Trim();

    /// <summary>
    /// Renders an email body that is not stored with every branch of its conditions taken, noting where each
    /// stretch of the HTML came from (<see cref="RenderedHtmlCheck"/>); it must parse.
    /// </summary>
    internal TracingWriter RenderEveryBranch(string body, TemplateModel model)
    {
        var template = EveryBranch.Apply(Parse(body));
        TracingWriter? tracing = null;
        Render(template, model, Html, budget => tracing = new TracingWriter(budget));
        return tracing!;
    }

    /// <summary>
    /// Whether a stored template's subject or body refers to <paramref name="token"/> (<c>{{ TRD92 }}</c>,
    /// <c>{% if TRD92 != "" %}</c>), read from its parse: text that merely looks like the token does not count.
    /// </summary>
    public bool Uses(MessageTemplate template, string token)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Cached(template, subject: false).Uses(token) || (template.HasSubject && Cached(template, subject: true).Uses(token));
    }

    private Parsed Cached(MessageTemplate template, bool subject)
    {
        var key = (template.Id, template.Version, subject);
        if (_parsed.TryGetValue(key, out var parsed))
        {
            return parsed;
        }

        parsed = Parsed.Of(subject ? template.Subject ?? string.Empty : template.Body);

        // Older versions of this template are not rendered again; drop them so edits do not pile up.
        foreach (var stale in _parsed.Keys.Where(k => k.Id == template.Id && k.Version < template.Version))
        {
            _parsed.TryRemove(stale, out _);
        }

        return _parsed.GetOrAdd(key, parsed);
    }

    private static IFluidTemplate Parse(string source) => LimitRewriter.Apply(ParseAsWritten(source));

    private static IFluidTemplate ParseAsWritten(string source) =>
        TryParse(source, out var template, out var error) ? template! : throw new InvalidOperationException($"The template does not parse: {error}");

    /// <summary>How dates and amounts are written (the practice's culture).</summary>
    public CultureInfo Culture => _culture;

    /// <summary>True when Liquid knows the filter (<c>upcase</c>, <c>date</c>); templates may use only those.</summary>
    public bool KnowsFilter(string name) => _options.Filters.TryGetValue(name, out _);

    private string Render(IFluidTemplate template, TemplateModel model, TextEncoder encoder, Func<RenderBudget, LimitedWriter>? writerFor = null)
    {
        var context = new LimitedContext(_options);
        foreach (var group in TemplateTokens.Groups)
        {
            if (group.Present(model))
            {
                var members = new Dictionary<string, object?>(group.Members.Count, StringComparer.Ordinal);
                foreach (var token in group.Members)
                {
                    members[token.Member] = token.ValueIn(model, _culture);
                }

                context.SetValue(group.Name, members);
            }
        }

        foreach (var token in TemplateTokens.TopLevel)
        {
            context.SetValue(token.Name, token.IsHtml
                ? new StringValue((string)token.ValueIn(model, _culture)!, encode: false)
                : FluidValue.Create(token.ValueIn(model, _culture), _options));
        }

        using var writer = writerFor?.Invoke(context.Budget) ?? new LimitedWriter(context.Budget, new LimitSite.Loops());
        try
        {
            var rendering = template.RenderAsync(writer, context, encoder);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }
        }
        catch (InvalidOperationException exception) when (exception is not TemplateLimitException && exception.Message.StartsWith("The maximum level of recursion", StringComparison.Ordinal))
        {
            // Fluid's step limit speaks of includes, which message templates do not have; say what happened here.
            throw new TemplateLimitException(
                $"The template takes more than {RenderBudget.Number(RenderLimits.MaxSteps)} steps to render: a loop runs too long, or loops are nested too deep.",
                new LimitSite.Loops());
        }

        return writer.ToString();
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>A stored text's parse, limited for rendering, and the names it refers to, read before the limits rewrite it.</summary>
    private sealed record Parsed(IFluidTemplate Template, TemplateReferences References)
    {
        public static Parsed Of(string source)
        {
            var written = ParseAsWritten(source);
            return new Parsed(LimitRewriter.Apply(written), TemplateReferences.Of(written));
        }

        public bool Uses(string token) => References.Uses(token);
    }
}
