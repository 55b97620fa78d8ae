using Microsoft.Extensions.Time.Testing;

namespace PatientPortal.Infrastructure.Tests.Support;

/// <summary>
/// A fake clock a test steps through the waits of the code under test: each step moves it to the earliest pending
/// timer's due time, and nothing else moves it, so no time passes while a call is on the wire.
/// </summary>
public sealed class SteppingClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private readonly Lock _lock = new();
    private readonly List<Pending> _timers = [];

    /// <summary>Moves to the earliest pending timer due within <paramref name="horizon"/> from now; false when there is none.</summary>
    public bool TryStep(TimeSpan horizon)
    {
        var now = GetUtcNow();
        DateTimeOffset? next;
        lock (_lock)
        {
            _timers.RemoveAll(timer => timer.Done);
            next = _timers.Where(timer => timer.Due - now <= horizon).Min(timer => (DateTimeOffset?)timer.Due);
        }

        if (next is null)
        {
            return false;
        }

        Advance(next.Value > now ? next.Value - now : TimeSpan.Zero);
        return true;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var pending = new Pending(this, period == Timeout.InfiniteTimeSpan);
        pending.Schedule(dueTime);
        var timer = base.CreateTimer(
            value =>
            {
                pending.Fired();
                callback(value);
            },
            state,
            dueTime,
            period);
        pending.Timer = timer;
        lock (_lock)
        {
            _timers.Add(pending);
        }

        return pending;
    }

    private sealed class Pending(SteppingClock clock, bool once) : ITimer
    {
        public ITimer? Timer { get; set; }

        public DateTimeOffset Due { get; private set; }

        public bool Done { get; private set; }

        public void Schedule(TimeSpan dueTime)
        {
            Done = dueTime == Timeout.InfiniteTimeSpan;
            Due = Done ? DateTimeOffset.MaxValue : clock.GetUtcNow() + dueTime;
        }

        public void Fired() => Done = Done || once;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime);
            return Timer!.Change(dueTime, period);
        }

        public void Dispose()
        {
            Done = true;
            Timer?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
