using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Common;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>
/// One sending rate per sender, kept by every server sharing the database: a caller waits until the sender's
/// <see cref="SenderSlot.NextFreeAt"/> and then takes it with one conditional UPDATE (compare-and-set), moving it
/// one interval past the time it took it. So the starts of any two sends are at least one interval apart, whichever
/// server makes them and however late a caller wakes or its write lands (a late start moves the next one later, it
/// never lets two through together). The slot is taken only when it is due: a caller cancelled while it waits has taken nothing,
/// and the next caller goes at the time it would have.
/// </summary>
/// <remarks>
/// Times are each server's <see cref="TimeProvider"/>, so the servers' clocks must agree (NTP). A next time more
/// than one interval ahead of this server's clock (a server whose clock runs ahead, or a slower rate configured
/// before) is waited for one interval at most, so it never holds a sender up for long. Within a server, callers
/// for one sender queue on a local gate, so only one of them at a time reads and writes the row.
/// </remarks>
internal sealed class SenderSlots(IServiceScopeFactory scopes, TimeProvider timeProvider)
{
    /// <summary>A take whose write lands later than this part of an interval after the clock was read moves the slot on.</summary>
    private const int LateWriteFraction = 4;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>Returns when this caller may start a send for <paramref name="sender"/>.</summary>
    /// <param name="cancellationToken">Ends the wait (throwing); the slot stays free for the next caller.</param>
    public async Task TakeAsync(string sender, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sender);
        var gate = _gates.GetOrAdd(sender, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
            var slots = db.Set<SenderSlot>();
            while (true)
            {
                var next = await slots.AsNoTracking().Where(slot => slot.Sender == sender).Select(slot => (DateTimeOffset?)slot.NextFreeAt).SingleOrDefaultAsync(cancellationToken);
                var now = timeProvider.GetUtcNow();
                if (next is null)
                {
                    if (await TryAddAsync(scope.ServiceProvider, new SenderSlot(sender, now + interval)))
                    {
                        return;
                    }

                    continue;
                }

                var wait = next.Value - now;
                if (wait > interval)
                {
                    await Task.Delay(interval, timeProvider, cancellationToken);
                    now = timeProvider.GetUtcNow();
                }
                else if (wait > TimeSpan.Zero)
                {
                    // Read again once due: another server may have taken it meanwhile.
                    await Task.Delay(wait, timeProvider, cancellationToken);
                    continue;
                }

                var taken = await MoveAsync(slots, sender, next.Value, now + interval);
                while (taken)
                {
                    // A write that waited (a busy database, a paused server) lands after the next caller's time: the
                    // slot is moved on from when it landed, while it is still this caller's; if another caller took
                    // it meanwhile, this one has no turn and reads again.
                    var landed = timeProvider.GetUtcNow();
                    if (landed - now <= interval / LateWriteFraction)
                    {
                        return;
                    }

                    taken = await MoveAsync(slots, sender, now + interval, landed + interval);
                    now = landed;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Moves the sender's next time from <paramref name="from"/> to <paramref name="to"/> if nobody has moved it since.</summary>
    /// <remarks>Not cancellable: a write cut off might have taken the slot without the caller knowing.</remarks>
    private static async Task<bool> MoveAsync(DbSet<SenderSlot> slots, string sender, DateTimeOffset from, DateTimeOffset to) =>
        await slots.Where(slot => slot.Sender == sender && slot.NextFreeAt == from)
            .ExecuteUpdateAsync(setters => setters.SetProperty(slot => slot.NextFreeAt, to), CancellationToken.None) == 1;

    /// <summary>The sender's first send: its row is added. False when another server added it first.</summary>
    private static async Task<bool> TryAddAsync(IServiceProvider services, SenderSlot slot)
    {
        var db = services.GetRequiredService<PatientPortalDbContext>();
        db.Set<SenderSlot>().Add(slot);
        try
        {
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (UniqueConstraintViolationException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
