using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Templates;

/// <summary>
/// Stores the shipped text of every template the database does not have yet (a new install, an upgrade that adds a
/// purpose), and gives a template still holding an earlier shipped text, unedited, the current one.
/// </summary>
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

    /// <summary>Replaces unedited earlier shipped texts (<see cref="SupersededDefaults"/>) with the current ones; answers how many.</summary>
    public static async Task<int> UpdateUntouchedDefaultsAsync(PatientPortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await db.MessageTemplates.Where(template => template.UpdatedBy == TemplateDefaults.Actor).ToListAsync(cancellationToken);
        var updated = 0;
        foreach (var template in stored.Where(SupersededDefaults.Holds))
        {
            var text = TemplateDefaults.For(template.Purpose, template.Channel);
            db.MessageTemplateVersions.Add(template.Change(text.Subject, text.Body, TemplateDefaults.Actor, now, note: "Updated shipped text"));
            updated++;
        }

        if (updated > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another server updated them at the same moment (the version is a concurrency token), or staff saved first.
                return 0;
            }
        }

        return updated;
    }
}
