using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PatientPortal.Infrastructure.Persistence.Sqlite;

/// <summary>The embedded default: one SQLite file, no server to install.</summary>
public sealed class SqlitePatientPortalDbContext(DbContextOptions<SqlitePatientPortalDbContext> options) : PatientPortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite has no date-time-offset type; stored as a number, times can be compared and ordered in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
