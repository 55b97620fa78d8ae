using Microsoft.EntityFrameworkCore.Design;
using PatientPortal.Infrastructure.Persistence.Sqlite;
using PatientPortal.Infrastructure.Persistence.SqlServer;

namespace PatientPortal.Infrastructure.Persistence;

// Used only by 'dotnet ef migrations add'; no database is opened to create a migration.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePatientPortalDbContext>
{
    public SqlitePatientPortalDbContext CreateDbContext(string[] args) =>
        (SqlitePatientPortalDbContext)PatientPortalDbContextFactory.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" });
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPatientPortalDbContext>
{
    public SqlServerPatientPortalDbContext CreateDbContext(string[] args) =>
        (SqlServerPatientPortalDbContext)PatientPortalDbContextFactory.Create(new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=.;Database=PatientPortal;Trusted_Connection=True;TrustServerCertificate=True",
        });
}
