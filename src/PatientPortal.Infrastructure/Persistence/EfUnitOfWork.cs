using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PatientPortal.Core.Common;

namespace PatientPortal.Infrastructure.Persistence;

internal sealed class EfUnitOfWork(PatientPortalDbContext db) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException("The record was changed by another save.", exception);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception.InnerException))
        {
            throw new UniqueConstraintViolationException("A unique value was taken by another change.", exception);
        }
    }

    public void Forget() => db.ChangeTracker.Clear();

    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        new Transaction(await db.Database.BeginTransactionAsync(cancellationToken));

    // SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) and _PRIMARYKEY (1555); SQL Server: 2601 (unique index) and 2627 (unique or primary key constraint).
    private static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };

    private sealed class Transaction(IDbContextTransaction transaction) : IUnitOfWorkTransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
