using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PatientPortal.Umbraco.Hosting;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

namespace PatientPortal.Umbraco.Tests.Hosting;

/// <summary>The package's migrations and jobs start only at Umbraco's runtime level Run.</summary>
public sealed class UmbracoHostReadinessTests
{
    [Fact]
    public async Task AtRun_AStartRunsAtOnce()
    {
        var (readiness, _) = Readiness(RuntimeLevel.Run);
        var started = new List<string>();

        await readiness.WhenReadyAsync("schema migration", Record(started, "schema migration"), CancellationToken.None);

        Assert.Equal(["schema migration"], started);
    }

    [Theory]
    [InlineData(RuntimeLevel.Install)]
    [InlineData(RuntimeLevel.Upgrade)]
    [InlineData(RuntimeLevel.BootFailed)]
    [InlineData(RuntimeLevel.Boot)]
    public async Task BeforeRun_StartsWait_AndRunInTheirOrderOnceUmbracoHasStartedAtRun(RuntimeLevel level)
    {
        var (readiness, runtime) = Readiness(level);
        var started = new List<string>();
        await readiness.WhenReadyAsync("schema migration", Record(started, "schema migration"), CancellationToken.None);
        await readiness.WhenReadyAsync("job server", Record(started, "job server"), CancellationToken.None);

        // Umbraco's runtime started at the same level (a boot that is still installing): nothing yet.
        await new UmbracoStartedHandler(readiness).HandleAsync(new UmbracoApplicationStartedNotification(false), CancellationToken.None);
        Assert.Empty(started);

        // The install or upgrade is done and Umbraco starts its runtime again, at Run.
        runtime.SetupGet(state => state.Level).Returns(RuntimeLevel.Run);
        await new UmbracoStartedHandler(readiness).HandleAsync(new UmbracoApplicationStartedNotification(true), CancellationToken.None);
        await new UmbracoStartedHandler(readiness).HandleAsync(new UmbracoApplicationStartedNotification(true), CancellationToken.None);

        Assert.Equal(["schema migration", "job server"], started);
    }

    [Fact]
    public async Task AStartAskedAtRunWhileEarlierOnesStillWait_WaitsBehindThem()
    {
        var (readiness, runtime) = Readiness(RuntimeLevel.Upgrade);
        var started = new List<string>();
        await readiness.WhenReadyAsync("schema migration", Record(started, "schema migration"), CancellationToken.None);
        runtime.SetupGet(state => state.Level).Returns(RuntimeLevel.Run);

        await readiness.WhenReadyAsync("job server", Record(started, "job server"), CancellationToken.None);
        Assert.Empty(started);
        await readiness.RuntimeStartedAsync(CancellationToken.None);

        Assert.Equal(["schema migration", "job server"], started);
    }

    private static (UmbracoHostReadiness Readiness, Mock<IRuntimeState> Runtime) Readiness(RuntimeLevel level)
    {
        var runtime = new Mock<IRuntimeState>();
        runtime.SetupGet(state => state.Level).Returns(level);
        return (new UmbracoHostReadiness(runtime.Object, NullLogger<UmbracoHostReadiness>.Instance), runtime);
    }

    private static Func<CancellationToken, Task> Record(List<string> started, string what) => _ =>
    {
        started.Add(what);
        return Task.CompletedTask;
    };
}
