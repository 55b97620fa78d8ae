namespace PatientPortal.Core.Templates;

/// <summary>One saved text of a template: who saved it, when, and (for a revert) where it came from.</summary>
public sealed class MessageTemplateVersion
{
    private MessageTemplateVersion()
    {
        Body = string.Empty;
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid TemplateId { get; private set; }

    public int Version { get; private set; }

    public string? Subject { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public string? Note { get; private set; }

    internal static MessageTemplateVersion Of(MessageTemplate template, string? note) => new()
    {
        Id = Guid.CreateVersion7(template.UpdatedAt),
        TemplateId = template.Id,
        Version = template.Version,
        Subject = template.Subject,
        Body = template.Body,
        CreatedAt = template.UpdatedAt,
        CreatedBy = template.UpdatedBy,
        Note = note,
    };
}
