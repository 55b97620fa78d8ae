using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Infrastructure.Hosting;
using PatientPortal.Infrastructure.Templates;

namespace PatientPortal.Infrastructure.Persistence;

/// <summary>
/// Brings the schema up to date, and stores any missing default templates, before the host takes requests; on a host
/// that is not ready yet (an Umbraco site being installed or upgraded), once it is (<see cref="IHostReadiness"/>).
/// </summary>
internal sealed class MigrateDatabaseOnStartup(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IHostReadiness readiness,
    TimeProvider timeProvider,
    ILogger<MigrateDatabaseOnStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.MigrateOnStartup ? readiness.WhenReadyAsync("schema migration", MigrateAsync, cancellationToken) : Task.CompletedTask;

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolderExists(options.Value.ConnectionString);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} PatientPortal migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        await TemplateSeeding.AddMissingDefaultsAsync(db, timeProvider.GetUtcNow(), cancellationToken);
        await TemplateSeeding.UpdateUntouchedDefaultsAsync(db, timeProvider.GetUtcNow(), cancellationToken);

        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging lets readers carry on while a sign-up writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
