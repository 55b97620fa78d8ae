using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>Outbox rows put straight into a site's database (or its file), and read back from its file once the site has stopped.</summary>
public static class OutboxSeed
{
    /// <summary>Texts in the outbox, due now, created a millisecond apart so a job sends them in this order.</summary>
    public static async Task<Guid[]> QueueTextsAsync(this PortalFactory site, IReadOnlyList<string> mobiles)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(mobiles);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        return await AddTextsAsync(db, mobiles, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    /// <summary>Texts put into the SQLite file that site processes share (<see cref="SiteProcess"/>), due now, in this order.</summary>
    public static async Task<Guid[]> QueueTextsAsync(string databasePath, IReadOnlyList<string> mobiles)
    {
        ArgumentNullException.ThrowIfNull(mobiles);
        await using var db = Open(databasePath);
        return await AddTextsAsync(db, mobiles, DateTimeOffset.UtcNow);
    }

    /// <summary>Emails in the outbox, due now, created a millisecond apart so a job sends them in this order.</summary>
    public static async Task<Guid[]> QueueEmailsAsync(this PortalFactory site, IReadOnlyList<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(addresses);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var messages = addresses.Select((address, i) => OutboxMessage.Email(
            new EmailMessage(address, "Mary O'Higgins", "Your appointment", "<p>Your appointment is confirmed.</p>", "Your appointment is confirmed."),
            new MessageContext(MessagePurpose.PortalInvitation, null),
            now.AddMilliseconds(i - addresses.Count))).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(message => message.Id).ToArray();
    }

    /// <summary>The rows as the next server will find them: a stopped host's services are gone, its database file is not.</summary>
    public static async Task<Dictionary<Guid, OutboxMessage>> ReadFileAsync(string databasePath, IReadOnlyCollection<Guid> ids)
    {
        await using var db = Open(databasePath);
        return await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
    }

    private static PatientPortalDbContext Open(string databasePath) =>
        PatientPortalDbContextFactory.Create(new DatabaseOptions { ConnectionString = $"Data Source={databasePath}" });

    private static async Task<Guid[]> AddTextsAsync(PatientPortalDbContext db, IReadOnlyList<string> mobiles, DateTimeOffset now)
    {
        var messages = mobiles.Select((mobile, i) => OutboxMessage.Sms(mobile, "Your appointment is confirmed.", new MessageContext(MessagePurpose.PortalInvitation, null), now.AddMilliseconds(i - mobiles.Count), now)).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(message => message.Id).ToArray();
    }
}
