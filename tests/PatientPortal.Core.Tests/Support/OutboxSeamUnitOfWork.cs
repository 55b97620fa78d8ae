using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Tests.Support;

/// <summary>
/// A mocked unit of work with the outbox seam the real one has: each save hands the rows the mocked outbox
/// repository took since the last save to a real <see cref="OutboxHandOff"/>, and a commit or a rollback tells it so;
/// a transaction begun inside another joins it.
/// Setups on the mocks (a save that throws, a commit callback) still apply.
/// </summary>
internal sealed class OutboxSeamUnitOfWork(IUnitOfWork inner, OutboxHandOff handOff, IReadOnlyList<OutboxMessage> added) : IUnitOfWork
{
    private int _saved;
    private bool _inTransaction;

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        await inner.SaveChangesAsync(cancellationToken);
        var written = added.Skip(_saved).ToList();
        _saved = added.Count;
        handOff.Saved(written, _inTransaction);
    }

    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        if (_inTransaction)
        {
            // As the real one does: a transaction begun inside another is part of it.
            return new Part();
        }

        var transaction = await inner.BeginTransactionAsync(cancellationToken);
        _inTransaction = true;
        return new Transaction(this, transaction);
    }

    public void Forget() => inner.Forget();

    private void Ended(bool committed)
    {
        _inTransaction = false;
        if (committed)
        {
            handOff.Committed();
        }
        else
        {
            handOff.RolledBack();
        }
    }

    private sealed class Part : IUnitOfWorkTransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Transaction(OutboxSeamUnitOfWork owner, IUnitOfWorkTransaction inner) : IUnitOfWorkTransaction
    {
        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await inner.CommitAsync(cancellationToken);
            owner.Ended(committed: true);
        }

        public ValueTask DisposeAsync()
        {
            owner.Ended(committed: false);
            return inner.DisposeAsync();
        }
    }
}
