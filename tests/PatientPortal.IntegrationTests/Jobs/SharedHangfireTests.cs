using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Infrastructure.Jobs;

namespace PatientPortal.IntegrationTests.Jobs;

/// <summary>Hangfire's configuration of storage is process-wide (JobStorage.Current): one such host at a time.</summary>
[CollectionDefinition(nameof(HostHangfireCollection), DisableParallelization = true)]
public sealed class HostHangfireCollection;

/// <summary>
/// A site that runs Hangfire itself, storage and server, added after the package (as a Program.cs may after
/// Umbraco's composers ran): the package uses that storage and starts no second server, and the site's server,
/// listening to the package's queue, runs the package's jobs.
/// </summary>
[Collection(nameof(HostHangfireCollection))]
public sealed class SiteWithItsOwnJobServerTests(SiteWithItsOwnJobServerTests.SiteFactory portal) : IClassFixture<SiteWithItsOwnJobServerTests.SiteFactory>
{
    [Fact]
    public async Task ThePackageUsesTheSitesStorageAndServer_AndStartsNoServerOfItsOwn()
    {
        _ = portal.Server;
        var storage = portal.Services.GetRequiredService<JobStorage>();
        Assert.Same(portal.SiteStorage, storage);
        var monitoring = storage.GetMonitoringApi();

        // The sweep and the payment catch-up the package queues at start, run by the site's server on the package's queue.
        await Eventually.WaitAsync(() => Task.FromResult(monitoring.SucceededListCount()), count => count >= 2, "the package's start-up jobs to run");
        await portal.Logs.WaitForAsync("PatientPortal runs no Hangfire server of its own");

        var server = Assert.Single(monitoring.Servers());
        Assert.StartsWith("site:", server.Name, StringComparison.Ordinal);
        using var connection = storage.GetConnection();
        Assert.Equal(4, connection.GetRecurringJobs().Count(job => job.Job.Queue == "patient-portal"));
    }

    public sealed class SiteFactory : PortalFactory
    {
        public JobStorage? SiteStorage { get; private set; }

        public LogSignals Logs { get; } = new();

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            services.AddHangfire(configuration => SiteStorage = configuration.UseLogProvider(new QuietLogProvider()).UseStorage(new InMemoryStorage()).Entry);
            services.AddHangfireServer(options =>
            {
                options.ServerName = "site";
                options.Queues = ["default", "patient-portal"];
                options.ShutdownTimeout = TimeSpan.FromSeconds(5);
            });
        }
    }
}

/// <summary>
/// Hangfire's log provider is process-wide and would outlive this test site's logging; the site says nothing rather
/// than leave the next host a disposed logger factory.
/// </summary>
internal sealed class QuietLogProvider : Hangfire.Logging.ILogProvider
{
    public Hangfire.Logging.ILog GetLogger(string name) => new Quiet();

    private sealed class Quiet : Hangfire.Logging.ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}

/// <summary>A site that keeps Hangfire's storage but runs no server in this process: the package's server runs on that storage, for the package's queue only.</summary>
[Collection(nameof(HostHangfireCollection))]
public sealed class SiteWithItsOwnStorageOnlyTests(SiteWithItsOwnStorageOnlyTests.SiteFactory portal) : IClassFixture<SiteWithItsOwnStorageOnlyTests.SiteFactory>
{
    [Fact]
    public async Task ThePackagesServerRunsOnTheSitesStorage_ForThePackagesQueueOnly()
    {
        _ = portal.Server;
        var storage = portal.Services.GetRequiredService<JobStorage>();
        Assert.Same(portal.SiteStorage, storage);

        var servers = await Eventually.WaitAsync(() => Task.FromResult(storage.GetMonitoringApi().Servers()), found => found.Count > 0, "the package's server to announce itself");

        var server = Assert.Single(servers);
        Assert.StartsWith("patient-portal:", server.Name, StringComparison.Ordinal);
        Assert.Equal(["patient-portal"], server.Queues);
    }

    public sealed class SiteFactory : PortalFactory
    {
        public JobStorage? SiteStorage { get; private set; }

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.AddHangfire(configuration => SiteStorage = configuration.UseLogProvider(new QuietLogProvider()).UseStorage(new InMemoryStorage()).Entry);
    }
}
