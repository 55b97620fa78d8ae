using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Templates;

internal sealed class MessageTemplateRepository(PatientPortalDbContext db) : IMessageTemplateRepository
{
    public async Task<IReadOnlyList<MessageTemplate>> ListAsync(CancellationToken cancellationToken) =>
        await db.MessageTemplates.AsNoTracking().ToListAsync(cancellationToken);

    public Task<MessageTemplate?> FindAsync(TemplatePurpose purpose, MessageChannel channel, CancellationToken cancellationToken) =>
        db.MessageTemplates.FirstOrDefaultAsync(template => template.Purpose == purpose && template.Channel == channel, cancellationToken);

    public async Task<IReadOnlyList<MessageTemplateVersion>> VersionsAsync(Guid templateId, CancellationToken cancellationToken) =>
        await db.MessageTemplateVersions.AsNoTracking()
            .Where(version => version.TemplateId == templateId)
            .OrderByDescending(version => version.Version)
            .ToListAsync(cancellationToken);

    public Task<MessageTemplateVersion?> FindVersionAsync(Guid templateId, int version, CancellationToken cancellationToken) =>
        db.MessageTemplateVersions.AsNoTracking().FirstOrDefaultAsync(v => v.TemplateId == templateId && v.Version == version, cancellationToken);

    public void AddVersion(MessageTemplateVersion version) => db.MessageTemplateVersions.Add(version);

    public Task EnsureDefaultsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        TemplateSeeding.AddMissingDefaultsAsync(db, now, cancellationToken);
}
