namespace PatientPortal.Core.Common;

/// <summary>Commits the changes the repositories of one request have tracked, optionally inside one transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);

    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every loaded record, so a long run through many chunks keeps a small memory footprint.</summary>
    void Forget();
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
