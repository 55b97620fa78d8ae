using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.RateLimiting;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.RateLimiting;

/// <summary>The per-sender slot in a SQLite file, on a fake clock that the tests move once a caller waits on it.</summary>
public sealed class SenderSlotsTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TimerSignallingClock _clock = new();

    private SenderSlots Slots => new(database.Services.GetRequiredService<IServiceScopeFactory>(), _clock);

    [Fact]
    public async Task Take_AfterASend_WaitsOneIntervalFromIt_ThenGoes()
    {
        var slots = Slots;
        var sender = NewSender();
        await slots.TakeAsync(sender, Interval, CancellationToken.None).WaitAsync(Patience);

        var waiting = _clock.NextTimerAsync();
        var second = slots.TakeAsync(sender, Interval, CancellationToken.None);
        Assert.Equal(Interval, await waiting.WaitAsync(Patience));
        Assert.False(second.IsCompleted);
        _clock.Advance(Interval);

        await second.WaitAsync(Patience);
    }

    [Fact]
    public async Task Take_CancelledWhileItWaits_TakesNothing_AndTheNextCallerGoesAtTheSameTime()
    {
        var slots = Slots;
        var sender = NewSender();
        await slots.TakeAsync(sender, Interval, CancellationToken.None).WaitAsync(Patience);
        using var stop = new CancellationTokenSource();
        var waiting = _clock.NextTimerAsync();
        var cancelled = slots.TakeAsync(sender, Interval, stop.Token);
        await waiting.WaitAsync(Patience);

        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));

        // Had the cancelled caller kept its turn, the next one would wait two intervals.
        waiting = _clock.NextTimerAsync();
        var next = slots.TakeAsync(sender, Interval, CancellationToken.None);
        Assert.Equal(Interval, await waiting.WaitAsync(Patience));
        _clock.Advance(Interval);
        await next.WaitAsync(Patience);
    }

    [Fact]
    public async Task Take_ForAnotherSender_DoesNotWaitForTheFirst()
    {
        var slots = Slots;
        await slots.TakeAsync(NewSender(), TimeSpan.FromSeconds(100), CancellationToken.None).WaitAsync(Patience);

        await slots.TakeAsync(NewSender(), TimeSpan.FromSeconds(100), CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task Take_WhenTheSlotIsSetFarAhead_WaitsOneIntervalAtMost()
    {
        // A server whose clock runs an hour ahead, or a rate of one an hour configured before.
        var sender = NewSender();
        await database.Services.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PatientPortalDbContext>();
            db.Set<SenderSlot>().Add(new SenderSlot(sender, _clock.GetUtcNow().AddHours(1)));
            await db.SaveChangesAsync();
        });

        var waiting = _clock.NextTimerAsync();
        var take = Slots.TakeAsync(sender, Interval, CancellationToken.None);
        Assert.Equal(Interval, await waiting.WaitAsync(Patience));
        _clock.Advance(Interval);
        await take.WaitAsync(Patience);

        var next = await database.Services.InScopeAsync(services =>
            services.GetRequiredService<PatientPortalDbContext>().Set<SenderSlot>().AsNoTracking().SingleAsync(slot => slot.Sender == sender));
        Assert.Equal(_clock.GetUtcNow() + Interval, next.NextFreeAt);
    }

    [Fact]
    public async Task Take_ByCallersOnTwoServersAtOnce_LetsThemGoOneIntervalApart()
    {
        // Two instances stand for two servers: each has its own gate, only the row is shared.
        var first = Slots;
        var second = Slots;
        var sender = NewSender();
        await first.TakeAsync(sender, Interval, CancellationToken.None).WaitAsync(Patience);

        var bothWaiting = _clock.NextTimerAsync(later: 2);
        var takes = new[] { first.TakeAsync(sender, Interval, CancellationToken.None), second.TakeAsync(sender, Interval, CancellationToken.None) };
        await bothWaiting.WaitAsync(Patience);
        var loserWaits = _clock.NextTimerAsync();
        _clock.Advance(Interval);
        var gone = await Task.WhenAny(takes).WaitAsync(Patience);
        var other = takes.Single(take => take != gone);

        // The other found the slot taken and waits for the next: one goes for each interval.
        Assert.Equal(Interval, await loserWaits.WaitAsync(Patience));
        Assert.False(other.IsCompleted);
        _clock.Advance(Interval);
        await other.WaitAsync(Patience);
    }

    [Fact]
    public async Task Take_WhoseWriteLandsLate_MovesTheNextTurnOnFromWhenItLanded()
    {
        // Without this the next caller, reading a next time already past, would go straight after this one.
        var clock = new ClockPausingAfterARead();
        var slots = new SenderSlots(database.Services.GetRequiredService<IServiceScopeFactory>(), clock);
        var sender = NewSender();
        await slots.TakeAsync(sender, Interval, CancellationToken.None).WaitAsync(Patience);
        clock.Advance(Interval);

        clock.PauseAfterNextRead(TimeSpan.FromSeconds(5));
        await slots.TakeAsync(sender, Interval, CancellationToken.None).WaitAsync(Patience);

        var next = await database.Services.InScopeAsync(services =>
            services.GetRequiredService<PatientPortalDbContext>().Set<SenderSlot>().AsNoTracking().SingleAsync(slot => slot.Sender == sender));
        Assert.Equal(clock.GetUtcNow() + Interval, next.NextFreeAt);
    }

    private static string NewSender() => $"+44{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";

    /// <summary>A fake clock that, once told, moves on right after it is next read: a server paused between reading the time and its write landing.</summary>
    private sealed class ClockPausingAfterARead() : FakeTimeProvider(DateTimeOffset.UtcNow)
    {
        private TimeSpan _pause;

        public void PauseAfterNextRead(TimeSpan pause) => _pause = pause;

        public override DateTimeOffset GetUtcNow()
        {
            var now = base.GetUtcNow();
            if (_pause > TimeSpan.Zero)
            {
                var pause = _pause;
                _pause = TimeSpan.Zero;
                Advance(pause);
            }

            return now;
        }
    }
}
