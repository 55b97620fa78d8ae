using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;

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

        foreach (var hosted in provider.GetServices<IHostedService>().Where(service => service.GetType().Name == "MigrateDatabaseOnStartup"))
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.False(File.Exists(DatabasePath), "The package's database was created while Umbraco was installing.");

        runtime.SetupGet(state => state.Level).Returns(RuntimeLevel.Run);
        foreach (var handler in provider.GetServices<INotificationAsyncHandler<UmbracoApplicationStartedNotification>>())
        {
            await handler.HandleAsync(new UmbracoApplicationStartedNotification(true), CancellationToken.None);
        }

        Assert.Contains("patientPortalPatient", await TablesAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private ServiceProvider Provider(IRuntimeState runtime)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PatientPortal"] = $"Data Source={DatabasePath}",
            ["PatientPortal:Jobs:RunServer"] = "false",
        }).Build();
        var builder = new Mock<IUmbracoBuilder>(MockBehavior.Strict);
        builder.SetupGet(umbraco => umbraco.Services).Returns(services);
        builder.SetupGet(umbraco => umbraco.Config).Returns(configuration);
        new PatientPortalComposer().Compose(builder.Object);
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new SiteEnvironment(_folder));
        services.AddSingleton(runtime);
        return services.BuildServiceProvider();
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
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

    private sealed class SiteEnvironment(string contentRootPath) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "PatientPortal.Umbraco.Tests";

        public string ContentRootPath { get; set; } = contentRootPath;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
