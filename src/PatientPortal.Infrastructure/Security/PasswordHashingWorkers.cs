using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PatientOptions = PatientPortal.Core.Security.PasswordOptions;

namespace PatientPortal.Infrastructure.Security;

/// <summary>
/// Threads of their own for password hashing (<see cref="PatientOptions.HashWorkers"/>; by default one fewer than the
/// cores, at least one), so a burst of sign-ins queues here instead of taking the thread pool that serves every page.
/// Sign-ins are let in up to <see cref="PatientOptions.SignInQueueLength"/> at once (<see cref="TryAdmit"/>); the
/// caller answers the rest "busy, try again shortly" rather than letting them wait without end.
/// </summary>
public sealed class PasswordHashingWorkers : IDisposable
{
    // Blocking, not a channel: a waking worker must not need the thread pool it is there to spare.
    private readonly BlockingCollection<Action> _work = [];
    private readonly int _queueLength;
    private int _admitted;

    public PasswordHashingWorkers(IOptions<PatientOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _queueLength = options.Value.SignInQueueLength;
        Workers = options.Value.HashWorkers > 0 ? options.Value.HashWorkers : Math.Max(1, Environment.ProcessorCount - 1);
        for (var i = 0; i < Workers; i++)
        {
            new Thread(Work) { IsBackground = true, Name = $"Password hashing {i + 1}" }.Start();
        }
    }

    public int Workers { get; }

    /// <summary>Lets one sign-in in, or answers null when <see cref="PatientOptions.SignInQueueLength"/> are in already.</summary>
    public IDisposable? TryAdmit()
    {
        if (Interlocked.Increment(ref _admitted) > _queueLength)
        {
            Interlocked.Decrement(ref _admitted);
            return null;
        }

        return new Admission(this);
    }

    /// <summary>Runs <paramref name="hash"/> on a hashing thread when one is free.</summary>
    public Task<T> RunAsync<T>(Func<T> hash, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        ObjectDisposedException.ThrowIf(!_work.TryAdd(() =>
        {
            try
            {
                result.TrySetResult(hash());
            }
#pragma warning disable CA1031 // The caller gets the failure; the worker carries on.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                result.TrySetException(exception);
            }
        }), this);
        return result.Task;
    }

    public void Dispose() => _work.CompleteAdding();

    private void Work()
    {
        foreach (var hash in _work.GetConsumingEnumerable())
        {
            hash();
        }
    }

    private sealed class Admission(PasswordHashingWorkers workers) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Interlocked.Decrement(ref workers._admitted);
            }
        }
    }
}
