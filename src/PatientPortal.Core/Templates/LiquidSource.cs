using System.Text;
using System.Text.RegularExpressions;

namespace PatientPortal.Core.Templates;

/// <summary>
/// The Liquid parts of a template's text (<c>{{ … }}</c> and <c>{% … %}</c>), found by position. Fluid's tree
/// says which names a template uses but not where; this finds where, so every problem points at its place.
/// </summary>
internal sealed partial class LiquidSource
{
    private readonly string _text;
    private readonly List<(int Start, int End, bool Output)> _regions = [];

    public LiquidSource(string text)
    {
        _text = text;
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            if (open < 0 || open + 1 >= text.Length)
            {
                break;
            }

            var kind = text[open + 1];
            if (kind is not ('{' or '%'))
            {
                at = open + 1;
                continue;
            }

            var close = text.IndexOf(kind == '{' ? "}}" : "%}", open + 2, StringComparison.Ordinal);
            var end = close < 0 ? text.Length : close + 2;
            _regions.Add((open, end, kind == '{'));
            at = end;
        }
    }

    /// <summary>
    /// The text with its Liquid hidden, every character kept in place (line breaks too), so an HTML parser's
    /// positions are the template's: output becomes letters (<c>href="{{ link }}"</c> reads as a plain relative
    /// address) and tags become spaces (a <c>{% if %}</c> between attributes leaves none behind).
    /// </summary>
    public string Masked()
    {
        var masked = new StringBuilder(_text);
        foreach (var (start, end, output) in _regions)
        {
            for (var i = start; i < end; i++)
            {
                if (masked[i] is not ('\n' or '\r'))
                {
                    masked[i] = output ? 'x' : ' ';
                }
            }
        }

        return masked.ToString();
    }

    /// <summary>Where a variable path (<c>patient.givn_name</c>) is written, outside quoted strings.</summary>
    public IReadOnlyList<TemplatePosition> FindName(string name) =>
        Find(new Regex($@"(?<![\w.]){Regex.Escape(name)}(?![\w.])", RegexOptions.CultureInvariant));

    /// <summary>Where a filter (<c>| shout</c>) is applied.</summary>
    public IReadOnlyList<TemplatePosition> FindFilter(string name) =>
        Find(new Regex($@"(?<=\|\s*){Regex.Escape(name)}(?![\w])", RegexOptions.CultureInvariant));

    /// <summary>Where <c>| raw</c> is applied to anything but one of the names <paramref name="allowed"/> on its own.</summary>
    public IReadOnlyList<TemplatePosition> FindRawNotOn(IReadOnlySet<string> allowed)
    {
        var found = new List<TemplatePosition>();
        foreach (var (start, end, _) in _regions)
        {
            var region = WithoutStrings(_text[start..end]);
            foreach (Match match in RawFilter().Matches(region))
            {
                var input = region[..match.Index].TrimEnd().TrimEnd('|').TrimEnd();
                var name = allowed.FirstOrDefault(candidate => input.EndsWith(candidate, StringComparison.Ordinal));
                var rest = name is null ? null : input[..^name.Length].TrimEnd();
                if (rest is null || (rest.Length > 0 && (char.IsLetterOrDigit(rest[^1]) || rest[^1] is '_' or '.' or '|' or ']' or '"')))
                {
                    found.Add(TemplatePosition.At(_text, start + match.Index));
                }
            }
        }

        return found;
    }

    /// <summary>Where a range with these bounds (<c>(1..n)</c>) is written.</summary>
    public IReadOnlyList<TemplatePosition> FindRange(string from, string to) =>
        Find(new Regex($@"\(\s*{Regex.Escape(from)}\s*\.\.\s*{Regex.Escape(to)}\s*\)", RegexOptions.CultureInvariant));

    /// <summary>Where <c>{% capture name %}</c> starts.</summary>
    public IReadOnlyList<TemplatePosition> FindCapture(string name) =>
        Find(new Regex($@"(?<=\{{%-?\s*)capture\s+{Regex.Escape(name)}(?![\w])", RegexOptions.CultureInvariant));

    /// <summary>Where the loops start (<c>{% for %}</c>, <c>{% tablerow %}</c>).</summary>
    public IReadOnlyList<TemplatePosition> FindLoops() =>
        Find(new Regex(@"(?<=\{%-?\s*)(?:for|tablerow)(?![\w])", RegexOptions.CultureInvariant));

    private List<TemplatePosition> Find(Regex pattern)
    {
        var found = new List<TemplatePosition>();
        foreach (var (start, end, _) in _regions)
        {
            var region = WithoutStrings(_text[start..end]);
            foreach (Match match in pattern.Matches(region))
            {
                found.Add(TemplatePosition.At(_text, start + match.Index));
            }
        }

        return found;
    }

    // Quoted text keeps its length but not its words, so a name inside a string is not taken for a use of it.
    private static string WithoutStrings(string region) => QuotedString().Replace(region, match => new string('"', match.Length));

    [GeneratedRegex(@"(?<=\|\s*)raw(?![\w])")]
    private static partial Regex RawFilter();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex QuotedString();
}
