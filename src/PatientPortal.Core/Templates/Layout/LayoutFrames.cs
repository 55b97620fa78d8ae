using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PatientPortal.Core.Templates.Html;

namespace PatientPortal.Core.Templates.Layout;

/// <summary>
/// The layout around a message, sanitised once rather than with every email: its inline CSS is most of the
/// sanitiser's work (about 2 ms an email), and it is the same for every email until the layout is saved again.
/// The layout is rendered with <see cref="Slot"/> as its content and sanitised; each email's own body is then
/// sanitised on its own, written back balanced, and goes in the slot's place. That reads as sanitising the
/// whole would only where the slot is plain text (not in an attribute, not in a textarea) and appears once;
/// otherwise there is no frame and the caller sanitises the whole email.
/// </summary>
internal sealed class LayoutFrames
{
    /// <summary>What the layout prints for <c>{{ content }}</c> while its frame is made: letters only, so encoding leaves it as it is.</summary>
    public const string Slot = "PatientPortalMessageContentSlot";

    // A layout that prints patient data renders differently for each patient: keep a few, not one per patient.
    private const int MaxFrames = 64;

    private static readonly HtmlParser Parser = new();

    private readonly ConcurrentDictionary<(Guid Id, int Version, string Rendered), Frame?> _frames = new();

    public sealed record Frame(string Before, string After, IReadOnlyList<string> Removed)
    {
        /// <summary>The email's HTML: the body, sanitised and balanced, in the slot; and all the sanitiser removed.</summary>
        public (string Html, IReadOnlyList<string> Removed) Around(string body)
        {
            var (safe, removed) = SafeEmailHtml.Balanced(body);
            return (Before + safe + After, Removed.Concat(removed).Distinct().ToList());
        }
    }

    /// <summary>The frame of <paramref name="rendered"/> (the layout as rendered with <see cref="Slot"/>), or null when the slot is not a lone text position.</summary>
    public Frame? For(MessageTemplate layout, string rendered)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var key = (layout.Id, layout.Version, rendered);
        if (_frames.TryGetValue(key, out var frame))
        {
            return frame;
        }

        frame = Make(rendered);
        foreach (var stale in _frames.Keys.Where(k => k.Id != layout.Id || k.Version != layout.Version))
        {
            _frames.TryRemove(stale, out _);
        }

        if (_frames.Count < MaxFrames)
        {
            _frames.TryAdd(key, frame);
        }

        return frame;
    }

    private static Frame? Make(string rendered)
    {
        var (safe, removed) = SafeEmailHtml.Clean(rendered);
        var at = safe.IndexOf(Slot, StringComparison.Ordinal);
        if (at < 0 || safe.IndexOf(Slot, at + Slot.Length, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        using var document = Parser.ParseDocument($"<body>{safe}</body>");
        var texts = document.Body!.Descendants<IText>().Where(text => text.Data.Contains(Slot, StringComparison.Ordinal)).ToList();
        return texts is [{ ParentElement.LocalName: not "textarea" }]
            ? new Frame(safe[..at], safe[(at + Slot.Length)..], removed)
            : null;
    }
}
