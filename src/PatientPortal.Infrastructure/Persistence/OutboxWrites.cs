using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Persistence;

/// <summary>The outbox rows a save is about to write that must be sent: new ones, and failed ones put back to Pending (a retry by staff).</summary>
internal static class OutboxWrites
{
    /// <summary>Read before the save, which marks every entry unchanged.</summary>
    public static List<OutboxMessage> ToSend(ChangeTracker changes)
    {
        // Only the outbox entries are compared with their snapshots here; the save itself still detects every change.
        var detect = changes.AutoDetectChangesEnabled;
        changes.AutoDetectChangesEnabled = false;
        try
        {
            var toSend = new List<OutboxMessage>();
            foreach (var entry in changes.Entries<OutboxMessage>())
            {
                entry.DetectChanges();
                if (entry.State == EntityState.Added || PutBack(entry))
                {
                    toSend.Add(entry.Entity);
                }
            }

            return toSend;
        }
        finally
        {
            changes.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Back to Pending from a state no job holds. A send job's own moves (Sending to Pending for a retry or a
    /// deferral) are not here: the job queues those itself, with their time.
    /// </summary>
    private static bool PutBack(EntityEntry<OutboxMessage> entry)
    {
        if (entry.State != EntityState.Modified || entry.Entity.Status != MessageStatus.Pending)
        {
            return false;
        }

        var status = entry.Property(message => message.Status);
        return status.IsModified && status.OriginalValue is not (MessageStatus.Pending or MessageStatus.Sending);
    }
}
