using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Templates;

/// <summary>
/// Reads the current templates through one shared snapshot. Each read asks the database one cheap question
/// (how many templates, and the sum of their versions, which every save raises) and reloads only when the
/// answer changed, so a save on one server is seen by the next message on every other. It never writes:
/// it runs inside other use cases' units of work. A template missing from the database (startup has not
/// seeded it yet) is served from the shipped defaults.
/// </summary>
internal sealed class MessageTemplateStore(PatientPortalDbContext db, TemplateSnapshot snapshot) : IMessageTemplateStore
{
    public async ValueTask<TemplateSet> CurrentAsync(CancellationToken cancellationToken)
    {
        var versions = await db.MessageTemplates.Select(template => template.Version).ToListAsync(cancellationToken);
        var stamp = new TemplateStamp(versions.Count, versions.Sum(version => (long)version));
        if (snapshot.Get(stamp) is { } current)
        {
            return current;
        }

        var stored = await db.MessageTemplates.AsNoTracking().ToListAsync(cancellationToken);
        var missing = snapshot.Defaults.Where(fallback => !stored.Any(template => template.Purpose == fallback.Purpose && template.Channel == fallback.Channel));
        var set = new TemplateSet(stored.Concat(missing));
        snapshot.Set(stamp, set);
        return set;
    }
}
