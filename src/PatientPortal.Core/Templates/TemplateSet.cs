using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Templates;

/// <summary>The current template of every purpose and channel, as one snapshot for a run of messages.</summary>
public sealed class TemplateSet
{
    private readonly Dictionary<(TemplatePurpose, MessageChannel), MessageTemplate> _templates;

    public TemplateSet(IEnumerable<MessageTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        _templates = templates.ToDictionary(template => (template.Purpose, template.Channel));
    }

    /// <summary>The shipped defaults, not stored (tests, and a database that cannot be written yet).</summary>
    public static TemplateSet Defaults(DateTimeOffset now) =>
        new(TemplateDefaults.Templates(now));

    public MessageTemplate this[TemplatePurpose purpose, MessageChannel channel] =>
        Find(purpose, channel) ?? throw new InvalidOperationException($"There is no {channel} template for {purpose}.");

    /// <summary>The template, or null for a purpose without that channel (the email layout has no SMS).</summary>
    public MessageTemplate? Find(TemplatePurpose purpose, MessageChannel channel) => _templates.GetValueOrDefault((purpose, channel));
}
