using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Templates;

/// <summary>Stores the shipped text of every template the database does not have yet (a new install, an upgrade that adds a purpose).</summary>
internal static class TemplateSeeding
{
    public static async Task<int> AddMissingDefaultsAsync(PatientPortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.MessageTemplates.Select(template => new { template.Purpose, template.Channel }).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var text in TemplateDefaults.All.Where(text => !existing.Any(e => e.Purpose == text.Purpose && e.Channel == text.Channel)))
        {
            var (template, version) = MessageTemplate.Create(text.Purpose, text.Channel, text.Subject, text.Body, TemplateDefaults.Actor, now);
            db.MessageTemplates.Add(template);
            db.MessageTemplateVersions.Add(version);
            added++;
        }

        if (added > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another server seeded them at the same moment (unique purpose and channel): theirs are as good.
                return 0;
            }
        }

        return added;
    }
}
