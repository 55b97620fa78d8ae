using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Templates;

/// <summary>
/// Reads the current templates through one shared snapshot. Each read asks the database one cheap question
/// (the sum of template versions, which every save raises) and reloads only when the answer changed, so a
/// save on one server is seen by the next message on every other. Missing templates get the defaults.
/// </summary>
internal sealed class MessageTemplateStore(PatientPortalDbContext db, TemplateSnapshot snapshot, TimeProvider timeProvider) : IMessageTemplateStore
{
    public async ValueTask<TemplateSet> CurrentAsync(CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(cancellationToken);
        if (snapshot.Get(stamp) is { } current)
        {
            return current;
        }

        if (stamp.Count < TemplateDefaults.All.Count)
        {
            await AddMissingDefaultsAsync(cancellationToken);
            stamp = await StampAsync(cancellationToken);
        }

        var templates = await db.MessageTemplates.AsNoTracking().ToListAsync(cancellationToken);
        var set = new TemplateSet(templates);
        snapshot.Set(stamp, set);
        return set;
    }

    private async Task<TemplateStamp> StampAsync(CancellationToken cancellationToken)
    {
        var versions = await db.MessageTemplates.Select(template => template.Version).ToListAsync(cancellationToken);
        return new TemplateStamp(versions.Count, versions.Sum(version => (long)version));
    }

    private async Task AddMissingDefaultsAsync(CancellationToken cancellationToken)
    {
        var existing = await db.MessageTemplates.Select(template => new { template.Purpose, template.Channel }).ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var added = new List<object>();
        foreach (var text in TemplateDefaults.All.Where(text => !existing.Any(e => e.Purpose == text.Purpose && e.Channel == text.Channel)))
        {
            var (template, version) = MessageTemplate.Create(text.Purpose, text.Channel, text.Subject, text.Body, "PatientPortal", now);
            db.MessageTemplates.Add(template);
            db.MessageTemplateVersions.Add(version);
            added.AddRange([template, version]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another server added them at the same moment (unique purpose and channel): theirs are as good.
        }
        finally
        {
            // Only our own rows leave the context: the caller's loaded records (the patient being invited, the
            // run being worked on) stay tracked, so their changes are still saved.
            foreach (var entity in added)
            {
                db.Entry(entity).State = EntityState.Detached;
            }
        }
    }
}
