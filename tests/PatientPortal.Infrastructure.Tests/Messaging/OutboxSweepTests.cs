using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Messaging;

public sealed class OutboxSweepTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly RecordingWorkQueue _queue = new();
    private readonly ServiceProvider _services;

    public OutboxSweepTests()
    {
        _services = InfrastructureServices.Build(_directory, replace: services => services.AddSingleton<IWorkQueue>(_queue));
    }

    public Task InitializeAsync() => _services.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sweep_QueuesDuePendingMessages_AndThoseWhoseWorkerDied_AndNothingElse()
    {
        var now = DateTimeOffset.UtcNow;
        var due = Sms(now.AddMinutes(-5), now.AddMinutes(-5));
        var notYetDue = Sms(now.AddMinutes(-5), now.AddHours(8));
        var justQueued = Sms(now, now);
        var sent = Sms(now.AddMinutes(-5), now.AddMinutes(-5));
        sent.MarkSent("SM1", now.AddMinutes(-4));
        var deadWorker = Sms(now.AddMinutes(-10), now.AddMinutes(-10));
        var liveWorker = Sms(now.AddMinutes(-10), now.AddMinutes(-10));
        await SaveAsync(due, notYetDue, justQueued, sent, deadWorker, liveWorker);
        await ClaimAsync(deadWorker.Id, leaseUntil: now.AddMinutes(-1));
        await ClaimAsync(liveWorker.Id, leaseUntil: now.AddMinutes(4));

        var queued = await SweepAsync();

        Assert.Equal(2, queued);
        Assert.Equal(new[] { due.Id, deadWorker.Id }.Order(), _queue.Messages.SelectMany(job => job.Ids).Order());
        Assert.All(_queue.Messages, job => Assert.Equal(MessageChannel.Sms, job.Channel));
    }

    [Fact]
    public async Task Sweep_QueuesBulkRunsNobodyIsWorking_ButNotOnesJustStartedOrHeld()
    {
        var now = DateTimeOffset.UtcNow;
        var abandoned = InvitationBatch.Create("admin", "all patients", 10, now.AddMinutes(-5));
        var justStarted = InvitationBatch.Create("admin", "all patients", 10, now);
        var held = InvitationBatch.Create("admin", "all patients", 10, now.AddMinutes(-5));
        var done = InvitationBatch.Create("admin", "nobody", 0, now.AddMinutes(-5));
        await _services.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<PatientPortalDbContext>();
            db.InvitationBatches.AddRange(abandoned, justStarted, held, done);
            await db.SaveChangesAsync();
            var repository = scope.GetRequiredService<IInvitationBatchRepository>();
            Assert.True(await repository.TryLeaseAsync(held.Id, Guid.NewGuid(), now, now.AddMinutes(2), CancellationToken.None));
        });

        await SweepAsync();

        Assert.Equal([abandoned.Id], _queue.Runs);
    }

    public void Dispose()
    {
        _services.Dispose();
        _directory.Dispose();
    }

    private static OutboxMessage Sms(DateTimeOffset createdAt, DateTimeOffset notBefore) =>
        OutboxMessage.Sms("+447400123456", "Hello", new MessageContext(MessagePurpose.PortalInvitation, null), createdAt, notBefore);

    private Task SaveAsync(params OutboxMessage[] messages) =>
        _services.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<PatientPortalDbContext>();
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync();
        });

    /// <summary>What a worker's claim leaves behind: Sending, with a lease until the given time.</summary>
    private Task<int> ClaimAsync(Guid id, DateTimeOffset leaseUntil) =>
        _services.InScopeAsync(scope => scope.GetRequiredService<PatientPortalDbContext>().OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(setters => setters.SetProperty(m => m.Status, MessageStatus.Sending).SetProperty(m => m.ClaimId, Guid.NewGuid()).SetProperty(m => m.LeaseUntil, leaseUntil)));

    private Task<int> SweepAsync() =>
        _services.InScopeAsync(scope => scope.GetRequiredService<OutboxSweep>().RunAsync(CancellationToken.None));
}
