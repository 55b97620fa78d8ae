using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PatientPortal.Core.Templates;

/// <summary>
/// The plain-text part of an email, derived from its HTML so staff edit one body: paragraphs become blank
/// lines, list items get a dash, and a link keeps its address after its words so it still works as text.
/// </summary>
public static partial class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "blockquote", "section", "header", "footer",
    };

    public static string From(string html)
    {
        var document = Parser.ParseDocument($"<body>{html}</body>");
        var text = new StringBuilder();
        Write(document.Body!, text);
        var lines = text.ToString().Split('\n').Select(line => line.Trim());
        return ExtraBlankLines().Replace(string.Join('\n', lines), "\n\n").Trim() + "\n";
    }

    private static void Write(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(Spaces().Replace(textNode.Data, " "));
                    break;
                case IElement { LocalName: "br" }:
                    TrimLineEnd(text).Append('\n');
                    break;
                case IElement { LocalName: "script" or "style" or "head" }:
                    break;
                case IElement { LocalName: "a" } link:
                    var words = link.TextContent.Trim();
                    var href = link.GetAttribute("href")?.Trim();
                    Write(link, text);
                    if (!string.IsNullOrEmpty(href) && !href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && words != href)
                    {
                        text.Append(": ").Append(href);
                    }

                    break;
                case IElement { LocalName: "li" } item:
                    TrimLineEnd(text).Append("\n- ");
                    Write(item, text);
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    Write(cell, text);
                    text.Append(' ');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    TrimLineEnd(text).Append("\n\n");
                    Write(element, text);
                    TrimLineEnd(text).Append("\n\n");
                    break;
                default:
                    Write(child, text);
                    break;
            }
        }
    }

    private static StringBuilder TrimLineEnd(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        return text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();
}
