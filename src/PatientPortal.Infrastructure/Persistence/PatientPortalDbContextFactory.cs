using Microsoft.EntityFrameworkCore;
using PatientPortal.Infrastructure.Persistence.Sqlite;
using PatientPortal.Infrastructure.Persistence.SqlServer;

namespace PatientPortal.Infrastructure.Persistence;

/// <summary>Builds the context of the configured provider; each provider's context owns its migrations.</summary>
public static class PatientPortalDbContextFactory
{
    /// <summary>Our own history table, so our migrations never mix with Umbraco's when the database is shared.</summary>
    public const string MigrationsHistoryTable = "patientPortalMigrationHistory";

    public static PatientPortalDbContext Create(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            DatabaseProvider.SqlServer => new SqlServerPatientPortalDbContext(
                new DbContextOptionsBuilder<SqlServerPatientPortalDbContext>()
                    .UseSqlServer(options.ConnectionString, sql => sql.MigrationsHistoryTable(MigrationsHistoryTable)).Options),
            _ => new SqlitePatientPortalDbContext(
                new DbContextOptionsBuilder<SqlitePatientPortalDbContext>()
                    .UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable)).Options),
        };
    }
}
