using PatientPortal.Core.Templates;

namespace PatientPortal.Infrastructure.Templates;

/// <summary>How many templates there are and the sum of their versions: it changes whenever any template is saved.</summary>
internal readonly record struct TemplateStamp(int Count, long VersionSum);

/// <summary>The last loaded templates, shared by every scope of the host.</summary>
internal sealed class TemplateSnapshot(TimeProvider timeProvider)
{
    private Entry? _current;

    /// <summary>The shipped texts, made once so their parses are cached once.</summary>
    public IReadOnlyList<MessageTemplate> Defaults { get; } = TemplateDefaults.Templates(timeProvider.GetUtcNow());

    public TemplateSet? Get(TemplateStamp stamp) => Volatile.Read(ref _current) is { } current && current.Stamp == stamp ? current.Set : null;

    public void Set(TemplateStamp stamp, TemplateSet set) => Volatile.Write(ref _current, new Entry(stamp, set));

    private sealed record Entry(TemplateStamp Stamp, TemplateSet Set);
}
