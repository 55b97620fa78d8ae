using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Templates;

/// <summary>
/// The current text of one message (purpose and channel), written in Liquid with TRD tokens. Every save
/// is kept as a <see cref="MessageTemplateVersion"/>, so staff can see who changed what and go back.
/// </summary>
public sealed class MessageTemplate
{
    private MessageTemplate()
    {
        Body = string.Empty;
        UpdatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public TemplatePurpose Purpose { get; private set; }

    public MessageChannel Channel { get; private set; }

    /// <summary>Only where <see cref="HasSubject"/>; null otherwise.</summary>
    public string? Subject { get; private set; }

    /// <summary>Whether this template has a subject at all (<see cref="TemplatePurposes.HasSubject"/>).</summary>
    public bool HasSubject => TemplatePurposes.HasSubject(Purpose, Channel);

    /// <summary>The HTML body of an email, or the text of an SMS.</summary>
    public string Body { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public static (MessageTemplate Template, MessageTemplateVersion Version) Create(
        TemplatePurpose purpose, MessageChannel channel, string? subject, string body, string actor, DateTimeOffset now)
    {
        var template = new MessageTemplate { Id = Guid.CreateVersion7(now), Purpose = purpose, Channel = channel };
        return (template, template.Change(subject, body, actor, now, note: "Default text"));
    }

    /// <summary>True when saving this text would change nothing; a subject this template cannot have is ignored.</summary>
    public bool Reads(string? subject, string? body) => Subject == Kept(subject) && Body == body;

    /// <summary>Records a new version (the caller has validated it); a subject this template cannot have is dropped.</summary>
    public MessageTemplateVersion Change(string? subject, string body, string actor, DateTimeOffset now, string? note = null)
    {
        Subject = Kept(subject);
        Body = body;
        Version++;
        UpdatedAt = now;
        UpdatedBy = actor;
        return MessageTemplateVersion.Of(this, note);
    }

    private string? Kept(string? subject) => HasSubject ? subject : null;
}
