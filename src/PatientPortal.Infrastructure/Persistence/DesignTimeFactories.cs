using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PatientPortal.Infrastructure.Persistence.Sqlite;
using PatientPortal.Infrastructure.Persistence.SqlServer;

namespace PatientPortal.Infrastructure.Persistence;

// Used only by 'dotnet ef migrations add'; no database is opened to create a migration.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePatientPortalDbContext>
{
    public SqlitePatientPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePatientPortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPatientPortalDbContext>
{
    public SqlServerPatientPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPatientPortalDbContext>().UseSqlServer("Server=.;Database=PatientPortal;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
