using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Persistence.Sqlite;
using PatientPortal.Infrastructure.Persistence.SqlServer;

namespace PatientPortal.Infrastructure.Tests.Persistence;

/// <summary>Each provider's migrations are checked against the model without opening a database.</summary>
public sealed class MigrationModelTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var context = PatientPortalDbContextFactory.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=unused.db" });

        Assert.IsType<SqlitePatientPortalDbContext>(context);
        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changed since the last SQLite migration: add one.");
    }

    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var context = SqlServerContext();

        Assert.IsType<SqlServerPatientPortalDbContext>(context);
        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changed since the last SQL Server migration: add one.");
    }

    [Fact]
    public void SqlServerScript_CreatesThePackageTables()
    {
        var script = SqlServerScript();

        Assert.Contains("CREATE TABLE [patientPortalChargeband]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [patientPortalPatient]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [patientPortalAccountToken]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServerScript_MakesTheInviteCodeUnique_OnlyAmongChargebandsThatHaveOne()
    {
        var script = SqlServerScript();

        Assert.Contains(
            "CREATE UNIQUE INDEX [IX_patientPortalChargeband_InviteCodeNormalized] ON [patientPortalChargeband] ([InviteCodeNormalized]) WHERE [InviteCodeNormalized] IS NOT NULL;",
            script,
            StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServerScript_RecordsMigrationsInThePackagesOwnHistoryTable()
    {
        var script = SqlServerScript();

        Assert.Contains("INSERT INTO [patientPortalMigrationHistory]", script, StringComparison.Ordinal);
        Assert.DoesNotContain("__EFMigrationsHistory", script, StringComparison.Ordinal);
    }

    private static PatientPortalDbContext SqlServerContext() =>
        PatientPortalDbContextFactory.Create(new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=unreachable.invalid;Database=PatientPortal;Trusted_Connection=True;TrustServerCertificate=True",
        });

    private static string SqlServerScript()
    {
        using var context = SqlServerContext();
        return context.GetService<IMigrator>().GenerateScript();
    }
}
