using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Templates;

/// <summary>Stored templates and their versions, for the editing use cases (messages read through <see cref="IMessageTemplateStore"/>).</summary>
public interface IMessageTemplateRepository
{
    Task<IReadOnlyList<MessageTemplate>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The template, tracked for a change.</summary>
    Task<MessageTemplate?> FindAsync(TemplatePurpose purpose, MessageChannel channel, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<MessageTemplateVersion>> VersionsAsync(Guid templateId, CancellationToken cancellationToken);

    Task<MessageTemplateVersion?> FindVersionAsync(Guid templateId, int version, CancellationToken cancellationToken);

    void AddVersion(MessageTemplateVersion version);

    /// <summary>Stores the shipped text of any template not stored yet (a host that does not migrate at startup).</summary>
    Task EnsureDefaultsAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
