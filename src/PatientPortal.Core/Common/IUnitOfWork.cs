namespace PatientPortal.Core.Common;

/// <summary>
/// Commits the changes the repositories of one request have tracked, optionally inside one transaction. It is also
/// the one seam that queues the outbox: the messages a save writes are handed to the job queue after that save, or
/// after the commit of the transaction it is in, and never when the transaction ends without a commit.
/// </summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Begins a transaction; inside one already open (a handler of a domain notification), joins it instead, so the
    /// open one commits or rolls back everything.
    /// </summary>
    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every loaded record, so a long run through many chunks keeps a small memory footprint.</summary>
    void Forget();
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
