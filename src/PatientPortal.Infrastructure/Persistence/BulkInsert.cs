using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PatientPortal.Infrastructure.Persistence;

/// <summary>
/// Inserts many new rows in the current transaction. EF Core sends SQLite one command per row with its
/// change-tracking overhead; a bulk invitation of 100,000 patients writes 300,000 rows, so on SQLite this
/// uses one prepared INSERT, with columns, types and value conversions read from the EF model so the rows
/// are exactly what EF itself would write. Other providers batch well, so they use EF.
/// </summary>
internal static class BulkInsert
{
    public static async Task InsertAsync<T>(PatientPortalDbContext db, IReadOnlyCollection<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }

        if (!db.Database.IsSqlite())
        {
            db.Set<T>().AddRange(entities);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var entity in entities)
            {
                db.Entry(entity).State = EntityState.Detached;
            }

            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(property => property.GetColumnName(table) is not null && property.ValueGenerated != ValueGenerated.OnAdd)
            .ToList();

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var parameters = new List<(IProperty Property, Func<object?, object?> ToProvider, DbParameter Parameter)>(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                var property = columns[i];
                var mapping = property.GetRelationalTypeMapping();
                var converter = property.GetValueConverter() ?? mapping.Converter;
                var parameter = mapping.CreateParameter(command, "@p" + i, null, property.IsNullable);
                command.Parameters.Add(parameter);
                parameters.Add((property, converter is null ? value => value : converter.ConvertToProvider, parameter));
            }

            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
            await command.PrepareAsync(cancellationToken);
            foreach (var entity in entities)
            {
                foreach (var (property, toProvider, parameter) in parameters)
                {
                    var value = property.GetGetter().GetClrValue(entity);
                    parameter.Value = value is null ? DBNull.Value : toProvider(value) ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
