using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>
/// Before a text whose earlier attempt had an unknown outcome goes again: did Twilio create it after all? A text
/// Twilio lists that another outbox message already recorded as its own (a family sharing a number sent the same
/// words) is not this one.
/// </summary>
public sealed class EarlierSmsAttempts(PatientPortalDbContext db, ISentSmsLookup lookup, ILogger<EarlierSmsAttempts> logger)
{
    /// <returns>
    /// <see cref="SentSmsLookupOutcome.Found"/> with the one provider id to record, <see cref="SentSmsLookupOutcome.NotFound"/>
    /// when sending again is safe, <see cref="SentSmsLookupOutcome.Failed"/> when Twilio could not be asked.
    /// </returns>
    public async Task<SentSmsLookupResult> FindAsync(OutboxMessage message, string text, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var found = await lookup.FindAsync(message.Recipient, text, since, cancellationToken);
        if (found.Outcome != SentSmsLookupOutcome.Found)
        {
            return found;
        }

        var ids = found.ProviderMessageIds.ToList();
        var taken = await db.OutboxMessages.AsNoTracking()
            .Where(other => other.Id != message.Id && other.ProviderMessageId != null && ids.Contains(other.ProviderMessageId))
            .Select(other => other.ProviderMessageId!)
            .ToListAsync(cancellationToken);
        var ours = ids.Except(taken, StringComparer.Ordinal).FirstOrDefault();
        if (ours is null)
        {
            return SentSmsLookupResult.None;
        }

        logger.LogInformation("Outbox message {MessageId}: Twilio had created it ({Sid}) although its attempt had no clear answer; not sent again", message.Id, LogValue.Safe(ours));
        return SentSmsLookupResult.Found([ours]);
    }
}
