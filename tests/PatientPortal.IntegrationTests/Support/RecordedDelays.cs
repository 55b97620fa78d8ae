using System.Collections.Concurrent;
using PatientPortal.Web.Common;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>Notes every delay the site asks for, in order, and answers at once: tests see the slow-down without waiting it.</summary>
public sealed class RecordedDelays : IResponseDelay
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public IReadOnlyList<TimeSpan> All => [.. _delays];

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        _delays.Enqueue(delay);
        return Task.CompletedTask;
    }

    public void Clear() => _delays.Clear();
}
