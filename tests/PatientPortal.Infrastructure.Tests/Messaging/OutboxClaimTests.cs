using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Messaging;

/// <summary>A claim on a real SQLite file, on a clock the test moves, with the default one-minute lease.</summary>
public sealed class OutboxClaimTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly ServiceProvider _services;

    public OutboxClaimTests()
    {
        _services = InfrastructureServices.Build(_directory, replace: services => services.AddSingleton<TimeProvider>(_clock));
    }

    public Task InitializeAsync() => _services.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HeldClaim_IsRenewedPastItsLease_SoTheSweepLeavesItAlone_AndDisposedHandsBackWhatWasNotStarted()
    {
        var ids = await SaveTextsAsync(3);
        await using var scope = _services.CreateAsyncScope();
        var claim = await scope.ServiceProvider.GetRequiredService<OutboxClaims>().TakeAsync(MessageChannel.Sms, ids, CancellationToken.None);
        Assert.True(await claim.TryStartAsync(claim.Messages[0]));

        // Five minutes in steps of a renewal: the one-minute lease is always ahead of the clock.
        for (var step = 0; step < 15; step++)
        {
            var before = await LeasesAsync(ids);
            _clock.Advance(TimeSpan.FromSeconds(20));
            await WaitUntilAsync(async () => (await LeasesAsync(ids)).Zip(before).All(pair => pair.First > pair.Second));
            Assert.All(await LeasesAsync(ids), lease => Assert.True(lease > _clock.GetUtcNow().AddSeconds(30)));
        }

        Assert.Equal(0, await _services.InScopeAsync(s => s.GetRequiredService<OutboxSweep>().RunAsync(CancellationToken.None)));

        await claim.DisposeAsync();

        var rows = await _services.InScopeAsync(s => s.GetRequiredService<PatientPortalDbContext>().OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id));
        // The started one may have gone: it keeps its claim until its lease runs out; the others are as never attempted.
        Assert.Equal((MessageStatus.Sending, claim.Id, 1), (rows[claim.Messages[0].Id].Status, rows[claim.Messages[0].Id].ClaimId!.Value, rows[claim.Messages[0].Id].Attempts));
        Assert.All(claim.Messages.Skip(1), message => Assert.Equal((MessageStatus.Pending, (Guid?)null, 0), (rows[message.Id].Status, rows[message.Id].ClaimId, rows[message.Id].Attempts)));
    }

    [Fact]
    public async Task ClaimOnAMessageAnotherWorkerHolds_TakesNothing_AndStartingItIsRefused()
    {
        var ids = await SaveTextsAsync(1);
        await using var firstScope = _services.CreateAsyncScope();
        await using var secondScope = _services.CreateAsyncScope();
        await using var first = await firstScope.ServiceProvider.GetRequiredService<OutboxClaims>().TakeAsync(MessageChannel.Sms, ids, CancellationToken.None);
        await using var second = await secondScope.ServiceProvider.GetRequiredService<OutboxClaims>().TakeAsync(MessageChannel.Sms, ids, CancellationToken.None);

        Assert.Single(first.Messages);
        Assert.Empty(second.Messages);
        Assert.False(await second.TryStartAsync(first.Messages[0]));
        Assert.True(await first.TryStartAsync(first.Messages[0]));
    }

    [Fact]
    public async Task StartedCall_IsStoredAsOutcomeUnknown_BeforeTheCall_AndClearedWhenTheJobRecordsItSent()
    {
        var ids = await SaveTextsAsync(1);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        await using var claim = await scope.ServiceProvider.GetRequiredService<OutboxClaims>().TakeAsync(MessageChannel.Sms, ids, CancellationToken.None);
        var message = claim.Messages[0];

        message.StartCall(_clock.GetUtcNow());
        Assert.True(await claim.TryStartAsync(message));

        // What a worker finds once this one has died mid-call (stored to the millisecond).
        Assert.Equal(_clock.GetUtcNow(), (await UnknownSinceAsync(ids[0])).GetValueOrDefault(), TimeSpan.FromMilliseconds(1));
        message.MarkSent("SM1", _clock.GetUtcNow());
        await db.SaveChangesAsync();
        Assert.Null(await UnknownSinceAsync(ids[0]));
    }

    public void Dispose()
    {
        _services.Dispose();
        _directory.Dispose();
    }

    private async Task<Guid[]> SaveTextsAsync(int count)
    {
        var now = _clock.GetUtcNow();
        var messages = Enumerable.Range(0, count)
            .Select(i => OutboxMessage.Sms($"+4474001234{i:D2}", "Hello", new MessageContext(MessagePurpose.PortalInvitation, null), now.AddMilliseconds(i - count), now))
            .ToList();
        await _services.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<PatientPortalDbContext>();
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync();
        });
        return messages.Select(message => message.Id).ToArray();
    }

    private Task<DateTimeOffset?> UnknownSinceAsync(Guid id) =>
        _services.InScopeAsync(scope => scope.GetRequiredService<PatientPortalDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Id == id).Select(m => m.OutcomeUnknownSince).SingleAsync());

    private Task<List<DateTimeOffset>> LeasesAsync(Guid[] ids) =>
        _services.InScopeAsync(scope => scope.GetRequiredService<PatientPortalDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => ids.Contains(m.Id)).OrderBy(m => m.CreatedAt).Select(m => m.LeaseUntil!.Value).ToListAsync());

    /// <summary>The renewal runs on the thread pool once the clock fires it; wait for its write.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "The claim was not renewed.");
            await Task.Delay(10);
        }
    }
}
