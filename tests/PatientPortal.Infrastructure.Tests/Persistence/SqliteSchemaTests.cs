using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Chargebands;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence;

/// <summary>The SQLite migrations applied to a real database file.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Migrate_OnAFile_CreatesThePackageTables()
    {
        await using (var context = CreateContext())
        {
            await context.Database.MigrateAsync();
        }

        var tables = await TablesAsync();

        Assert.True(File.Exists(_directory.File("schema.db")));
        Assert.Contains("patientPortalChargeband", tables);
        Assert.Contains("patientPortalPatient", tables);
        Assert.Contains("patientPortalAccountToken", tables);
        Assert.Contains("patientPortalMigrationHistory", tables);
        await using var check = CreateContext();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task SavingTwoChargebandsWhoseCodesDifferOnlyInCase_IsRefusedByTheUniqueIndex()
    {
        await MigrateAsync();
        await SaveAsync(WithCode("Alpha", "Welcome123"));

        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(WithCode("Beta", "WELCOME123")));

        Assert.Equal(2067, Assert.IsType<SqliteException>(exception.InnerException).SqliteExtendedErrorCode);
        Assert.Equal(1, await CountChargebandsAsync());
    }

    [Fact]
    public async Task SavingTwoChargebandsWithoutCodes_IsAllowed()
    {
        await MigrateAsync();

        await SaveAsync(ResultValue(Chargeband.Create("NHS", null, Now)));
        await SaveAsync(ResultValue(Chargeband.Create("Private", null, Now)));

        Assert.Equal(2, await CountChargebandsAsync());
    }

    [Fact]
    public async Task Chargeband_RoundTripsItsBillingRulesAndOnlineSettings()
    {
        await MigrateAsync();
        var chargeband = ResultValue(Chargeband.Create("Staff", [new BillingRule(BillingRuleType.Discount, "Staff discount", 12.5m), new BillingRule(BillingRuleType.PatientSelfBook)], Now));
        chargeband.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, Now);
        ResultValue(chargeband.ConfigureOnlineSettings(new OnlineSettings("Staff-2026", true, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 40), Now));
        await SaveAsync(chargeband);

        await using var context = CreateContext();
        var loaded = await context.Chargebands.SingleAsync();

        Assert.Equal([BillingRuleType.Discount, BillingRuleType.PatientSelfBook], loaded.BillingRules.Select(rule => rule.Type));
        Assert.Equal(12.5m, loaded.BillingRules[0].Percentage);
        Assert.Equal(PatientAccessMode.AllowAndNotify, loaded.AccessMode);
        Assert.True(loaded.InvitesPatientsAutomatically);
        Assert.Equal("STAFF-2026", loaded.InviteCodeNormalized);
        Assert.Equal(new DateOnly(2026, 12, 31), loaded.InviteCodeValidUntil);
        Assert.Equal(40, loaded.InviteCodeUsageCap);
        Assert.Equal(Now, loaded.OnlineBookingEnabledAt);
    }

    public void Dispose() => _directory.Dispose();

    private static Chargeband WithCode(string name, string code)
    {
        var chargeband = ResultValue(Chargeband.Create(name, null, Now));
        chargeband.EnableOnlineBooking(PatientAccessMode.AllowWithNoNotifications, Now);
        return ResultValue(chargeband.ConfigureOnlineSettings(new OnlineSettings(code, false), Now));
    }

    private static T ResultValue<T>(Core.Common.Result<T> result)
    {
        Assert.True(result.Succeeded);
        return result.Value!;
    }

    private PatientPortalDbContext CreateContext() =>
        PatientPortalDbContextFactory.Create(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={_directory.File("schema.db")}" });

    private async Task MigrateAsync()
    {
        await using var context = CreateContext();
        await context.Database.MigrateAsync();
    }

    // One context per save, so the database (not EF's change tracker) is what compares the codes.
    private async Task SaveAsync(Chargeband chargeband)
    {
        await using var context = CreateContext();
        context.Chargebands.Add(chargeband);
        await context.SaveChangesAsync();
    }

    private async Task<int> CountChargebandsAsync()
    {
        await using var context = CreateContext();
        return await context.Chargebands.CountAsync();
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_directory.File("schema.db")};Mode=ReadOnly");
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
