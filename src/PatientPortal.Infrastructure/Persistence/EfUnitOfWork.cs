using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Persistence;

/// <summary>
/// Saves through EF, and is the seam that queues the outbox: the rows each save writes go to the
/// <see cref="OutboxHandOff"/>, which queues them after this save, or after the commit of the transaction it is in.
/// </summary>
internal sealed class EfUnitOfWork(PatientPortalDbContext db, OutboxHandOff handOff) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        var toSend = OutboxWrites.ToSend(db.ChangeTracker);
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

        handOff.Saved(toSend, inTransaction: db.Database.CurrentTransaction is not null);
    }

    public void Forget() => db.ChangeTracker.Clear();

    /// <summary>
    /// A new transaction, or, inside one already open (a reaction to a domain notification), a part of it: the open
    /// one commits or rolls back everything, and what the part wrote is queued after that commit.
    /// </summary>
    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null
            ? new Transaction(await db.Database.BeginTransactionAsync(cancellationToken), handOff)
            : JoinedTransaction.Instance;

    // SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) and _PRIMARYKEY (1555); SQL Server: 2601 (unique index) and 2627 (unique or primary key constraint).
    private static bool IsUniqueViolation(Exception? exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };

    private sealed class JoinedTransaction : IUnitOfWorkTransaction
    {
        public static readonly JoinedTransaction Instance = new();

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Transaction(IDbContextTransaction transaction, OutboxHandOff handOff) : IUnitOfWorkTransaction
    {
        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await transaction.CommitAsync(cancellationToken);
            handOff.Committed();
        }

        /// <summary>Ended without a commit (an early return, an exception): EF rolls back, and what it wrote is never queued.</summary>
        public ValueTask DisposeAsync()
        {
            handOff.RolledBack();
            return transaction.DisposeAsync();
        }
    }
}
