using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PatientPortal.Infrastructure.Hosting;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence;

/// <summary>The sweeper of expired rows waits, like the migrations, for a host that is ready.</summary>
public sealed class ExpiredRecordsSweeperTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task OnAHostNotReadyYet_TheSweeperSetsNoTimer_UntilTheHostIsReady()
    {
        using var directory = new TempDirectory();
        var clock = new TimerSignallingClock();
        var readiness = new HeldReadiness();
        await using var services = InfrastructureServices.Build(directory, replace: collection =>
        {
            collection.AddSingleton<TimeProvider>(clock);
            collection.AddSingleton<IHostReadiness>(readiness);
        });
        var sweeper = services.GetServices<IHostedService>().OfType<ExpiredRecordsSweeper>().Single();
        var timer = clock.NextTimerAsync();

        await sweeper.StartAsync(CancellationToken.None);
        Assert.Equal("expired-records sweep", await readiness.Asked.WaitAsync(Patience));
        Assert.False(timer.IsCompleted, "The sweeper set its timer before the host was ready.");

        await readiness.ReadyAsync();
        Assert.Equal(TimeSpan.FromMinutes(10), await timer.WaitAsync(Patience));
        await sweeper.StopAsync(CancellationToken.None);
    }

    /// <summary>A host that is not ready until the test says so.</summary>
    private sealed class HeldReadiness : IHostReadiness
    {
        private readonly TaskCompletionSource<string> _asked = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Func<CancellationToken, Task>? _start;

        public Task<string> Asked => _asked.Task;

        public Task WhenReadyAsync(string what, Func<CancellationToken, Task> start, CancellationToken cancellationToken)
        {
            _start = start;
            _asked.TrySetResult(what);
            return Task.CompletedTask;
        }

        public Task ReadyAsync() => _start!(CancellationToken.None);
    }
}
