using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using PatientPortal.Umbraco.Tests.Support;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace PatientPortal.Umbraco.Tests.Hosting;

/// <summary>The composed package on a site being installed: its schema is not touched until Umbraco is at Run.</summary>
public sealed class ComposedStartUpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("patient-portal-umbraco-start").FullName;

    private string DatabasePath => Path.Combine(_folder, "portal.db");

    [Fact]
    public async Task DuringAnInstall_TheSchemaIsNotMigrated_AndIsOnceUmbracoHasStartedAtRun()
    {
        var runtime = new Mock<IRuntimeState>();
        runtime.SetupGet(state => state.Level).Returns(RuntimeLevel.Install);
        await using var provider = Provider(runtime.Object);

        await StartMigrationAsync(provider);

        Assert.False(File.Exists(DatabasePath), "The package's database was created while Umbraco was installing.");

        runtime.SetupGet(state => state.Level).Returns(RuntimeLevel.Run);
        await StartedAsync(provider);

        Assert.Contains("patientPortalPatient", await TablesAsync(DatabasePath));
    }

    [Fact]
    public async Task ASiteInstalledWithoutAConnectionString_GetsTheSchemaInTheDatabaseTheInstallerConfigured_AndNoSideFile()
    {
        var runtime = new Mock<IRuntimeState>();
        runtime.SetupGet(state => state.Level).Returns(RuntimeLevel.Install);
        var umbracoDatabase = Path.Combine(_folder, "umbraco", "Data", "Umbraco.sqlite.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PatientPortal:Jobs:RunServer"] = "false" }).Build();
        await using var provider = Provider(runtime.Object, configuration);
        await StartMigrationAsync(provider);

        // The installer writes the Umbraco connection string, then Umbraco starts its runtime again at Run.
        configuration["ConnectionStrings:umbracoDbDSN"] = "Data Source=|DataDirectory|/Umbraco.sqlite.db";
        configuration["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite";
        runtime.SetupGet(state => state.Level).Returns(RuntimeLevel.Run);
        await StartedAsync(provider);

        Assert.Contains("patientPortalPatient", await TablesAsync(umbracoDatabase));
        Assert.Empty(Directory.GetFiles(_folder, "patient-portal*.db", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task StartMigrationAsync(ServiceProvider provider)
    {
        foreach (var hosted in provider.GetServices<IHostedService>().Where(service => service.GetType().Name == "MigrateDatabaseOnStartup"))
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    private static async Task StartedAsync(ServiceProvider provider)
    {
        foreach (var handler in provider.GetServices<INotificationAsyncHandler<UmbracoApplicationStartedNotification>>())
        {
            await handler.HandleAsync(new UmbracoApplicationStartedNotification(true), CancellationToken.None);
        }
    }

    private ServiceProvider Provider(IRuntimeState runtime, IConfigurationRoot? configuration = null)
    {
        configuration ??= ComposedSite.Configuration(("ConnectionStrings:PatientPortal", $"Data Source={DatabasePath}"), ("PatientPortal:Jobs:RunServer", "false"));
        var services = ComposedSite.Compose(configuration);
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new SiteEnvironment(_folder));
        services.AddSingleton(runtime);
        services.AddSingleton(Mock.Of<IServerRoleAccessor>(roles => roles.CurrentServerRole == ServerRole.Single));
        return services.BuildServiceProvider();
    }

    private static async Task<List<string>> TablesAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
