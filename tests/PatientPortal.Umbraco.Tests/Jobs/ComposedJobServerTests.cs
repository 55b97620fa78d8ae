using Hangfire;
using Hangfire.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using PatientPortal.Umbraco.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace PatientPortal.Umbraco.Tests.Jobs;

/// <summary>
/// The composed package on a load-balanced site, with real Hangfire storage: a Subscriber runs none of the package's
/// jobs but still queues them, and the jobs move to a server when it is elected to schedule.
/// </summary>
public sealed class ComposedJobServerTests : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("patient-portal-umbraco-jobs").FullName;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly Mock<IServerRoleAccessor> _role = new();
    private ServiceProvider? _provider;
    private List<IHostedService> _started = [];

    [Fact]
    public async Task ASubscriber_RunsNoJobServer_AndStartsOneWhenElectedSchedulingPublisher_AndStopsItWhenNoLonger()
    {
        _role.SetupGet(roles => roles.CurrentServerRole).Returns(ServerRole.Subscriber);
        var storage = await StartAsync();

        Assert.Empty(storage.GetMonitoringApi().Servers());
        Assert.Empty(RecurringJobs(storage));

        _role.SetupGet(roles => roles.CurrentServerRole).Returns(ServerRole.SchedulingPublisher);
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(4, RecurringJobs(storage).Count);
        var server = Assert.Single(await ServersAsync(storage, servers => servers.Count == 1));
        Assert.Equal(["patient-portal"], server.Queues);

        _role.SetupGet(roles => roles.CurrentServerRole).Returns(ServerRole.Subscriber);
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Empty(await ServersAsync(storage, servers => servers.Count == 0));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _started)
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<JobStorage> StartAsync()
    {
        var configuration = ComposedSite.Configuration(
            ("ConnectionStrings:PatientPortal", $"Data Source={Path.Combine(_folder, "portal.db")}"),
            ("PatientPortal:Jobs:SchedulePollingInterval", "00:00:00.200"));
        var services = ComposedSite.Compose(configuration);
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new SiteEnvironment(_folder));
        services.AddSingleton(Mock.Of<IRuntimeState>(runtime => runtime.Level == RuntimeLevel.Run));
        services.AddSingleton(_role.Object);
        services.AddSingleton<TimeProvider>(_clock);
        _provider = services.BuildServiceProvider();

        // The schema first, then the jobs, as the host starts them.
        _started = _provider.GetServices<IHostedService>().Where(service => service.GetType().Name is "MigrateDatabaseOnStartup" or "PatientPortalJobServer").ToList();
        foreach (var hosted in _started)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return _provider.GetRequiredService<JobStorage>();
    }

    private static List<RecurringJobDto> RecurringJobs(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs();
    }

    /// <summary>A server announces itself to the storage, and leaves it, on Hangfire's own threads.</summary>
    private static async Task<IList<Hangfire.Storage.Monitoring.ServerDto>> ServersAsync(JobStorage storage, Func<IList<Hangfire.Storage.Monitoring.ServerDto>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var servers = storage.GetMonitoringApi().Servers();
            if (done(servers) || DateTime.UtcNow > deadline)
            {
                return servers;
            }

            await Task.Delay(50);
        }
    }
}
