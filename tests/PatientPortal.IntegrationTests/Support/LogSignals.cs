using Microsoft.Extensions.Logging;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>A logger provider in the site's real logging pipeline that lets a test wait for a message to be written.</summary>
public sealed class LogSignals : ILoggerProvider
{
    private readonly Lock _lock = new();
    private readonly List<string> _written = [];
    private readonly List<(string Text, TaskCompletionSource Seen)> _waiting = [];

    /// <summary>Completes once a message containing <paramref name="text"/> has been written (or already was).</summary>
    public Task WaitForAsync(string text)
    {
        lock (_lock)
        {
            if (_written.Any(message => message.Contains(text, StringComparison.Ordinal)))
            {
                return Task.CompletedTask;
            }

            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((text, seen));
            return seen.Task;
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    /// <summary>A message written elsewhere: a line of a site process's output (<see cref="SiteProcess"/>).</summary>
    public void Write(string message)
    {
        lock (_lock)
        {
            _written.Add(message);
            foreach (var waiter in _waiting.Where(waiter => message.Contains(waiter.Text, StringComparison.Ordinal)).ToList())
            {
                waiter.Seen.TrySetResult();
                _waiting.Remove(waiter);
            }
        }
    }

    private sealed class Logger(LogSignals signals) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            if (IsEnabled(logLevel))
            {
                signals.Write(formatter(state, exception));
            }
        }
    }
}
