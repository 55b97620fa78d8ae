using Microsoft.Extensions.Time.Testing;

namespace PatientPortal.Infrastructure.Tests.Support;

/// <summary>A fake clock that says when something starts waiting on it, so a test moves it only once the wait is set.</summary>
public sealed class TimerSignallingClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _created = [];
    private readonly List<(int Number, TaskCompletionSource<TimeSpan> Created)> _waiting = [];

    /// <summary>Completes, with its due time, once the <paramref name="later"/>th timer after those made so far is made.</summary>
    public Task<TimeSpan> NextTimerAsync(int later = 1)
    {
        lock (_lock)
        {
            var created = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((_created.Count + later, created));
            return created.Task;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_lock)
        {
            _created.Add(dueTime);
            foreach (var waiting in _waiting.Where(waiting => waiting.Number == _created.Count).ToList())
            {
                waiting.Created.TrySetResult(dueTime);
                _waiting.Remove(waiting);
            }
        }

        return timer;
    }
}
