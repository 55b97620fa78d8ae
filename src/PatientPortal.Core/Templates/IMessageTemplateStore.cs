namespace PatientPortal.Core.Templates;

/// <summary>
/// The current templates. Reading is cheap enough to do per message: the store keeps a snapshot and only
/// reloads it when a save (on any server) has changed a template.
/// </summary>
public interface IMessageTemplateStore
{
    ValueTask<TemplateSet> CurrentAsync(CancellationToken cancellationToken);
}
