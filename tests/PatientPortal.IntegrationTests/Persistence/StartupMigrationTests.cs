using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Persistence;

public sealed class StartupMigrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Startup_AppliesEveryMigration_WithPrefixedTables_AndItsOwnHistoryTable()
    {
        _ = portal.Server; // starts the host, which migrates
        var pending = await portal.QueryAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());
        var tables = await portal.QueryAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .ToListAsync());
        var journal = await portal.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.Empty(pending);
        Assert.Contains("patientPortalMigrationHistory", tables);
        Assert.DoesNotContain("__EFMigrationsHistory", tables);
        // EF Core's SQLite migration lock is shared by design; everything else is ours and prefixed.
        Assert.All(tables.Where(table => table != "__EFMigrationsLock"), table => Assert.StartsWith("patientPortal", table, StringComparison.Ordinal));
        Assert.Equal("wal", Assert.Single(journal));
    }
}
