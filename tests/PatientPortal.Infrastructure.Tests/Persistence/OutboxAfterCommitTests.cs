using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence;

/// <summary>The unit of work on a real SQLite file queues the outbox rows it wrote, after the commit and only then.</summary>
public sealed class OutboxAfterCommitTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly RecordingWorkQueue _queue = new();
    private readonly FakeTimeProvider _clock = new(Seed.Now);
    private readonly ServiceProvider _services;

    public OutboxAfterCommitTests()
    {
        _services = InfrastructureServices.Build(_directory, replace: services =>
        {
            services.AddSingleton<IWorkQueue>(_queue);
            services.AddSingleton<TimeProvider>(_clock);
        });
    }

    public Task InitializeAsync() => _services.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AMessageSavedInATransaction_IsQueuedWhenItCommits_NotWhenItIsSaved()
    {
        var message = Email();

        var queuedBeforeTheCommit = await InTransactionAsync(outbox => Add(outbox, message));

        Assert.Equal(0, queuedBeforeTheCommit);
        Assert.Equal([(MessageChannel.Email, message.Id)], _queue.Messages.SelectMany(job => job.Ids.Select(id => (job.Channel, id))));
        Assert.Equal(MessageStatus.Pending, await StatusAsync(message.Id));
    }

    [Fact]
    public async Task ATransactionEndedWithoutACommit_QueuesNothing()
    {
        var message = Email();

        await InTransactionAsync(outbox => Add(outbox, message), commit: false);

        Assert.Empty(_queue.Messages);
        Assert.Null(await StatusAsync(message.Id));
    }

    [Fact]
    public async Task ASaveOutsideATransaction_QueuesWhatItWrote_Once()
    {
        var message = Email();

        await _services.InScopeAsync(async scope =>
        {
            var unitOfWork = scope.GetRequiredService<IUnitOfWork>();
            scope.GetRequiredService<IOutboxRepository>().Add(message);
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
        });

        Assert.Equal([message.Id], _queue.QueuedIds);
    }

    [Fact]
    public async Task BulkInsertedMessages_AreQueuedWhenTheirTransactionCommits()
    {
        var messages = Enumerable.Range(0, 3).Select(_ => Email()).ToList();

        var queuedBeforeTheCommit = await InTransactionAsync(outbox => outbox.AddRangeAsync(messages, CancellationToken.None));

        Assert.Equal(0, queuedBeforeTheCommit);
        Assert.Equal(messages.Select(message => message.Id).Order(), _queue.QueuedIds.Order());
    }

    [Fact]
    public async Task AFailedMessagePutBackToPending_IsQueued_ButASendJobsOwnRetryIsLeftToTheJob()
    {
        var failed = Email();
        failed.Fail("550 mailbox unavailable", Seed.Now);
        var claimed = Email();
        await SaveDirectlyAsync(failed, claimed);
        await _services.InScopeAsync(scope => scope.GetRequiredService<PatientPortalDbContext>().OutboxMessages.Where(m => m.Id == claimed.Id)
            .ExecuteUpdateAsync(setters => setters.SetProperty(m => m.Status, MessageStatus.Sending).SetProperty(m => m.LeaseUntil, Seed.Now.AddMinutes(5))));

        await _services.InScopeAsync(async scope =>
        {
            var outbox = scope.GetRequiredService<IOutboxRepository>();
            (await outbox.FindAsync(failed.Id, CancellationToken.None))!.Requeue(_clock.GetUtcNow());
            (await outbox.FindAsync(claimed.Id, CancellationToken.None))!.Retry("421 try later", _clock.GetUtcNow().AddMinutes(1), _clock.GetUtcNow());
            await scope.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        });

        Assert.Equal([failed.Id], _queue.QueuedIds);
    }

    [Fact]
    public async Task AHandOffThatFailsAfterTheCommit_LosesNoMessage_TheSweepQueuesItOnceDue()
    {
        _queue.Refuse = new InvalidOperationException("The job store is down.");
        var message = Email();

        await InTransactionAsync(outbox => Add(outbox, message));

        Assert.Empty(_queue.Messages);
        Assert.Equal(MessageStatus.Pending, await StatusAsync(message.Id));

        _queue.Refuse = null;
        Assert.Equal(0, await SweepAsync());
        _clock.Advance(new MessagingOptions().SweepGrace + TimeSpan.FromSeconds(1));

        Assert.Equal(1, await SweepAsync());
        Assert.Equal([message.Id], _queue.QueuedIds);
    }

    [Fact]
    public async Task ATransactionBegunInsideAnother_JoinsIt_SoWhatItWroteIsQueuedOnlyAtTheOuterCommit()
    {
        var outer = Email();
        var inner = Email();
        var runId = Guid.NewGuid();
        var queuedBeforeTheOuterCommit = -1;

        await _services.InScopeAsync(async scope =>
        {
            var unitOfWork = scope.GetRequiredService<IUnitOfWork>();
            var outbox = scope.GetRequiredService<IOutboxRepository>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(CancellationToken.None);
            outbox.Add(outer);
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
            await using (var part = await unitOfWork.BeginTransactionAsync(CancellationToken.None))
            {
                outbox.Add(inner);
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                scope.GetRequiredService<OutboxHandOff>().RunWritten(runId);
                await part.CommitAsync(CancellationToken.None);
            }

            queuedBeforeTheOuterCommit = _queue.Messages.Count + _queue.Runs.Count;
            await transaction.CommitAsync(CancellationToken.None);
        });

        Assert.Equal(0, queuedBeforeTheOuterCommit);
        Assert.Equal(new[] { outer.Id, inner.Id }.Order(), _queue.QueuedIds.Order());
        Assert.Equal([runId], _queue.Runs);
    }

    [Fact]
    public async Task ATransactionBegunInsideAnother_IsRolledBackWithIt_AndNothingItWroteIsQueued()
    {
        var inner = Email();

        await _services.InScopeAsync(async scope =>
        {
            var unitOfWork = scope.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(CancellationToken.None);
            await using (var part = await unitOfWork.BeginTransactionAsync(CancellationToken.None))
            {
                scope.GetRequiredService<IOutboxRepository>().Add(inner);
                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                scope.GetRequiredService<OutboxHandOff>().RunWritten(Guid.NewGuid());
                await part.CommitAsync(CancellationToken.None);
            }

            // The outer one ends without a commit.
        });

        Assert.Empty(_queue.Messages);
        Assert.Empty(_queue.Runs);
        Assert.Null(await StatusAsync(inner.Id));
    }

    [Fact]
    public async Task ARunWhoseQueuingFailsAfterTheCommit_StillCommitsWhatItsTransactionWrote()
    {
        // The run's worker is the sweep's to queue again (an abandoned run, OutboxSweepTests); the change stands.
        _queue.Refuse = new InvalidOperationException("The job store is down.");
        var message = Email();

        await _services.InScopeAsync(async scope =>
        {
            var unitOfWork = scope.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(CancellationToken.None);
            scope.GetRequiredService<IOutboxRepository>().Add(message);
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
            scope.GetRequiredService<OutboxHandOff>().RunWritten(Guid.NewGuid());
            await transaction.CommitAsync(CancellationToken.None);
        });

        Assert.Empty(_queue.Runs);
        Assert.Equal(MessageStatus.Pending, await StatusAsync(message.Id));
    }

    public void Dispose()
    {
        _services.Dispose();
        _directory.Dispose();
    }

    private static Task Add(IOutboxRepository outbox, OutboxMessage message)
    {
        outbox.Add(message);
        return Task.CompletedTask;
    }

    /// <summary>Writes and saves in one transaction, committed unless told not to; answers how many jobs were queued before the commit.</summary>
    private Task<int> InTransactionAsync(Func<IOutboxRepository, Task> write, bool commit = true) =>
        _services.InScopeAsync(async scope =>
        {
            var unitOfWork = scope.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(CancellationToken.None);
            await write(scope.GetRequiredService<IOutboxRepository>());
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
            var queuedBeforeTheCommit = _queue.Messages.Count;
            if (commit)
            {
                await transaction.CommitAsync(CancellationToken.None);
            }

            return queuedBeforeTheCommit;
        });

    private OutboxMessage Email() =>
        OutboxMessage.Email(new EmailMessage("ada@example.com", "Ada", "Hello", "<p>Hello</p>", "Hello"), new MessageContext(MessagePurpose.CallBackRequest, null), _clock.GetUtcNow());

    private Task SaveDirectlyAsync(params OutboxMessage[] messages) =>
        _services.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<PatientPortalDbContext>();
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync();
        });

    private Task<MessageStatus?> StatusAsync(Guid id) =>
        _services.InScopeAsync(scope => scope.GetRequiredService<PatientPortalDbContext>().OutboxMessages
            .Where(message => message.Id == id).Select(message => (MessageStatus?)message.Status).SingleOrDefaultAsync());

    private Task<int> SweepAsync() =>
        _services.InScopeAsync(scope => scope.GetRequiredService<OutboxSweep>().RunAsync(CancellationToken.None));
}
