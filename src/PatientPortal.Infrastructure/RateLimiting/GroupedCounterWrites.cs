using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>
/// Counts requests with one writer per server: the counts that arrive while a write is in flight go together in the
/// next one, a single atomic statement (<see cref="CounterUpsert"/>). A database commit per public request was what
/// a POST cost (and SQLite makes concurrent writers that collide sleep); this way a burst costs a commit per batch.
/// Each request still gets its own exact count: a window's counts in one batch are handed out in arrival order,
/// ending at the total the database answered, so across servers every count from 1 to the total is given once.
/// The writer keeps its own connection. On SQLite it commits without waiting for the disk (synchronous=NORMAL, for
/// this connection only): a power cut may forget the last counts, which only gives a client a few more tries, and
/// the file stays whole; a process that stops loses nothing.
/// </summary>
internal sealed class GroupedCounterWrites : IDisposable
{
    private const int MaximumBatch = 200;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    // Read when the first connection opens, not when built: on an Umbraco site being installed the database is not known yet.
    private readonly IOptions<DatabaseOptions> _database;
    private PatientPortalDbContext? _db;

    public GroupedCounterWrites(IOptions<DatabaseOptions> database)
    {
        _database = database;
        _ = Task.Run(WriteAsync);
    }

    /// <summary>Adds to each window (a window named twice is added to twice) and answers each count, in order.</summary>
    public Task<int[]> IncrementAsync(IReadOnlyList<RateLimitIncrement> windows, CancellationToken cancellationToken)
    {
        if (windows.Count == 0)
        {
            return Task.FromResult(Array.Empty<int>());
        }

        var pending = new Pending(windows, new TaskCompletionSource<int[]>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        // A request that gives up has still been counted (or will be): it was made.
        return pending.Counts.Task.WaitAsync(cancellationToken);
    }

    public void Dispose() => _queue.Writer.TryComplete();

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(MaximumBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaximumBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await WriteAsync(batch);
            }
#pragma warning disable CA1031 // Any failure of the write is the failure of every request in the batch, never of the writer.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                batch.ForEach(pending => pending.Counts.TrySetException(exception));
                // A broken connection is not used again: the next batch opens a new one.
                await ForgetConnectionAsync();
            }

            batch.Clear();
        }

        await ForgetConnectionAsync();
    }

    private async Task<PatientPortalDbContext> ConnectionAsync()
    {
        if (_db is null)
        {
            var db = PatientPortalDbContextFactory.Create(_database.Value);
            await db.Database.OpenConnectionAsync();
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;");
            }

            _db = db;
        }

        return _db;
    }

    private async Task ForgetConnectionAsync()
    {
        if (_db is { } db)
        {
            _db = null;
            await db.DisposeAsync();
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        var windows = batch.SelectMany(pending => pending.Windows)
            .GroupBy(window => window.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, By: group.Sum(window => window.By), ExpiresAt: group.Max(window => window.ExpiresAt)))
            .ToList();
        // Not cancellable: a write cut off might have counted without the requests knowing.
        var totals = await CounterUpsert.AddAsync(await ConnectionAsync(), windows, CancellationToken.None);

        var next = windows.ToDictionary(window => window.Key, window => totals[window.Key] - window.By, StringComparer.Ordinal);
        foreach (var pending in batch)
        {
            pending.Counts.TrySetResult(pending.Windows.Select(window => next[window.Key] += window.By).ToArray());
        }
    }

    private sealed record Pending(IReadOnlyList<RateLimitIncrement> Windows, TaskCompletionSource<int[]> Counts);
}
