using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>
/// Adds to many windows in one atomic statement that answers each window's new count: an upsert with RETURNING on
/// SQLite, a MERGE under HOLDLOCK with OUTPUT on SQL Server. A window's row is inserted by the first count of it;
/// concurrent statements from any server serialise on the row, so no count is lost or given twice.
/// </summary>
internal static class CounterUpsert
{
    public static async Task<Dictionary<string, int>> AddAsync(PatientPortalDbContext db, IReadOnlyCollection<(string Key, int By, DateTimeOffset ExpiresAt)> windows, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(typeof(RateLimitWindow)) ?? throw new InvalidOperationException("Rate-limit windows are not in the model.");
        var expiresAt = entityType.FindProperty(nameof(RateLimitWindow.ExpiresAt))!;
        // The column's own mapping writes the parameter, with its value conversion (a number on SQLite).
        var mapping = expiresAt.GetRelationalTypeMapping();
        var table = entityType.GetTableName()!;
        var sqlite = db.Database.IsSqlite();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            var rows = new List<string>(windows.Count);
            var i = 0;
            foreach (var (key, by, expires) in windows)
            {
                Add(command, $"@k{i}", key);
                Add(command, $"@b{i}", by);
                var parameter = mapping.CreateParameter(command, $"@e{i}", expires, nullable: false);
                command.Parameters.Add(parameter);
                rows.Add($"(@k{i}, @b{i}, @e{i})");
                i++;
            }

            command.CommandText = sqlite
                ? $"""
                  INSERT INTO "{table}" ("Key", "Count", "ExpiresAt") VALUES {string.Join(", ", rows)}
                  ON CONFLICT ("Key") DO UPDATE SET "Count" = "Count" + excluded."Count"
                  RETURNING "Key", "Count";
                  """
                : $"""
                  MERGE [{table}] WITH (HOLDLOCK) AS target
                  USING (VALUES {string.Join(", ", rows)}) AS source ([Key], [By], [ExpiresAt]) ON target.[Key] = source.[Key]
                  WHEN MATCHED THEN UPDATE SET [Count] = target.[Count] + source.[By]
                  WHEN NOT MATCHED THEN INSERT ([Key], [Count], [ExpiresAt]) VALUES (source.[Key], source.[By], source.[ExpiresAt])
                  OUTPUT inserted.[Key], inserted.[Count];
                  """;
            var counts = new Dictionary<string, int>(windows.Count, StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counts[reader.GetString(0)] = reader.GetInt32(1);
            }

            return counts;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
