using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>
/// A send job's hold on its outbox messages: Sending, with this claim's id and a lease. While the job works the
/// lease is renewed every third of its length, however long the job takes (texts paced at 1/s, a slow provider),
/// so the sweep never hands a message that is still being worked to another worker; a worker that dies stops
/// renewing and its messages are queued again once the lease has run out. Just before each provider call
/// <see cref="TryStartAsync"/> checks, with a conditional UPDATE, that the claim still holds the message: a job
/// that stalled past its lease and was taken over stops instead of sending a second time. Disposing stops the
/// renewal and hands back, as never attempted, what the job did not start.
/// </summary>
public sealed class OutboxClaim : IAsyncDisposable
{
    private readonly PatientPortalDbContext _db;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _lease;
    private readonly ILogger _logger;
    private readonly HashSet<Guid> _started = [];
    private readonly CancellationTokenSource _stopRenewing = new();
    private Task _renewing = Task.CompletedTask;

    internal OutboxClaim(Guid id, PatientPortalDbContext db, IServiceScopeFactory scopes, TimeProvider timeProvider, TimeSpan lease, ILogger logger)
    {
        Id = id;
        _db = db;
        _scopes = scopes;
        _timeProvider = timeProvider;
        _lease = lease;
        _logger = logger;
    }

    public Guid Id { get; }

    /// <summary>The messages claimed, oldest first; tracked by the job's context.</summary>
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    /// <summary>
    /// True when this claim still holds the message, whose lease is renewed; from here on its provider call counts
    /// as started, and the message is no longer handed back. False when another worker has taken it over. The
    /// message's <see cref="OutboxMessage.OutcomeUnknownSince"/> (set by <see cref="OutboxMessage.StartCall"/>) is
    /// stored in the same statement, so it is in the database before the call, whatever becomes of this worker.
    /// </summary>
    public async Task<bool> TryStartAsync(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        DateTimeOffset? leaseUntil = _timeProvider.GetUtcNow() + _lease;
        Guid? claimId = Id;
        var unknownSince = message.OutcomeUnknownSince;
        var held = await _db.OutboxMessages
            .Where(row => row.Id == message.Id && row.ClaimId == claimId && row.Status == MessageStatus.Sending)
            .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.LeaseUntil, leaseUntil).SetProperty(row => row.OutcomeUnknownSince, unknownSince), CancellationToken.None) == 1;
        if (held)
        {
            _started.Add(message.Id);
            // Stored: the job's next save writes it only if the message changes it again (cleared once sent).
            _db.Entry(message).Property(row => row.OutcomeUnknownSince).OriginalValue = unknownSince;
        }

        return held;
    }

    /// <summary>The call was given up before it reached the provider: the message goes back with those never started.</summary>
    public void NotStarted(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _started.Remove(message.Id);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopRenewing.CancelAsync();
        await _renewing;
        _stopRenewing.Dispose();
        if (Messages.Count == 0)
        {
            return;
        }

        // A message whose call started but was never recorded (an error after the call) keeps its lease and goes
        // again once it runs out: it may have been sent, so it is not handed back as never attempted.
        var started = _started.ToList();
        Guid? claimId = Id;
        try
        {
            await _db.OutboxMessages
                .Where(row => row.ClaimId == claimId && row.Status == MessageStatus.Sending && !started.Contains(row.Id))
                .ExecuteUpdateAsync(
                    setters => setters
                        .SetProperty(row => row.Status, MessageStatus.Pending)
                        .SetProperty(row => row.ClaimId, (Guid?)null)
                        .SetProperty(row => row.LeaseUntil, (DateTimeOffset?)null)
                        .SetProperty(row => row.Attempts, row => row.Attempts - 1),
                    CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogWarning(exception, "Claim {ClaimId}: what it did not start could not be handed back; it goes again once its lease runs out", Id);
        }
    }

    internal void Hold(List<OutboxMessage> messages)
    {
        Messages = messages;
        _renewing = RenewUntilDisposedAsync(_stopRenewing.Token);
    }

    private async Task RenewUntilDisposedAsync(CancellationToken stop)
    {
        var every = _lease / 3;
        Guid? claimId = Id;
        while (true)
        {
            // Yielding: a fake clock runs timers on the thread that moves it, which should not do our database work.
            await Task.Delay(every, _timeProvider, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
            if (stop.IsCancellationRequested)
            {
                return;
            }

            try
            {
                // Its own context: the job's is busy with the job, and a context does one thing at a time.
                await using var scope = _scopes.CreateAsyncScope();
                DateTimeOffset? leaseUntil = _timeProvider.GetUtcNow() + _lease;
                await scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>().OutboxMessages
                    .Where(row => row.ClaimId == claimId && row.Status == MessageStatus.Sending)
                    .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.LeaseUntil, leaseUntil), CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The check before each send still stops this job if another worker takes the messages over.
                _logger.LogWarning(exception, "Claim {ClaimId} could not be renewed; trying again in {Interval}", Id, every);
            }
        }
    }
}
