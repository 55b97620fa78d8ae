using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.RateLimiting;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.RateLimiting;

public sealed class DatabaseRateLimitCountersTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private IRateLimitCounters Counters => database.Services.GetRequiredService<IRateLimitCounters>();

    [Fact]
    public async Task Increment_CountsEachRequestInItsWindow_AndWindowsApart()
    {
        var key = $"client-a|{Guid.NewGuid():N}";
        var expires = DateTimeOffset.UtcNow.AddMinutes(1);

        var first = await Counters.IncrementAsync(key, expires, CancellationToken.None);
        var second = await Counters.IncrementAsync(key, expires, CancellationToken.None);
        var other = await Counters.IncrementAsync(key + "|next", expires, CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(2, second);
        Assert.Equal(1, other);
    }

    [Fact]
    public async Task Increment_FromManyRequestsAtOnce_LosesNone()
    {
        var key = $"burst|{Guid.NewGuid():N}";
        var expires = DateTimeOffset.UtcNow.AddMinutes(1);

        // Each call has its own scope and connection, as concurrent requests (or servers) would.
        var counts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Counters.IncrementAsync(key, expires, CancellationToken.None))));

        var stored = await database.Services.InScopeAsync(services =>
            services.GetRequiredService<PatientPortalDbContext>().Set<RateLimitWindow>().SingleAsync(window => window.Key == key));
        Assert.Equal(20, stored.Count);
        Assert.Equal(20, counts.Max());
    }

    [Fact]
    public async Task Increment_OfManyWindowsAtOnce_AnswersEachInOrder_AndAWindowCountedByNoneIsReadInTheSameWrite()
    {
        var key = $"many|{Guid.NewGuid():N}";
        var expires = DateTimeOffset.UtcNow.AddMinutes(1);
        await Counters.IncrementAsync(key + "|a", expires, CancellationToken.None);

        var counts = await Counters.IncrementAsync(
            [new(key + "|a", expires), new(key + "|b", expires), new(key + "|a", expires), new(key + "|a", expires, By: 0), new(key + "|never", expires, By: 0)],
            CancellationToken.None);

        Assert.Equal([2, 1, 3, 3, 0], counts);
        Assert.Equal(3, await Counters.CountAsync(key + "|a", CancellationToken.None));
    }

    [Fact]
    public async Task Increment_OfManyWindowsFromManyRequestsAtOnce_GivesEachCountOnce()
    {
        var key = $"burst-many|{Guid.NewGuid():N}";
        var expires = DateTimeOffset.UtcNow.AddMinutes(1);

        var counts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() =>
            Counters.IncrementAsync([new(key + "|minute", expires), new(key + "|hour", expires)], CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 40), counts.Select(pair => pair[0]).Order());
        Assert.Equal(Enumerable.Range(1, 40), counts.Select(pair => pair[1]).Order());
    }

    [Fact]
    public async Task Count_ReadsAWindowWithoutCountingInIt_AndAnUnopenedWindowIsZero()
    {
        var key = $"read|{Guid.NewGuid():N}";
        var expires = DateTimeOffset.UtcNow.AddMinutes(1);
        await Counters.IncrementAsync(key, expires, CancellationToken.None);
        await Counters.IncrementAsync(key, expires, CancellationToken.None);

        Assert.Equal(2, await Counters.CountAsync(key, CancellationToken.None));
        Assert.Equal(2, await Counters.CountAsync(key, CancellationToken.None));
        Assert.Equal(0, await Counters.CountAsync(key + "|never", CancellationToken.None));
        Assert.Equal(3, await Counters.IncrementAsync(key, expires, CancellationToken.None));
    }

    [Fact]
    public async Task TryOpen_FromManyCallersAtOnce_OpensTheWindowForExactlyOne()
    {
        var key = $"gate|{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;

        var opened = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Counters.TryOpenAsync(key, now, now.AddMinutes(1), CancellationToken.None))));

        Assert.Single(opened, isOpen => isOpen);
    }

    [Fact]
    public async Task TryOpen_OnAnEndedWindowFromManyCallersAtOnce_ReopensItForExactlyOne()
    {
        var key = $"gate-ended|{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        Assert.True(await Counters.TryOpenAsync(key, now.AddMinutes(-2), now.AddMinutes(-1), CancellationToken.None));

        var opened = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Counters.TryOpenAsync(key, now, now.AddMinutes(1), CancellationToken.None))));

        Assert.Single(opened, isOpen => isOpen);
        Assert.False(await Counters.TryOpenAsync(key, now, now.AddMinutes(1), CancellationToken.None));
    }

    [Fact]
    public async Task DeleteExpired_RemovesEndedWindows_AndKeepsCurrentOnes()
    {
        var now = DateTimeOffset.UtcNow;
        var ended = $"ended|{Guid.NewGuid():N}";
        var current = $"current|{Guid.NewGuid():N}";
        await Counters.IncrementAsync(ended, now.AddMinutes(-1), CancellationToken.None);
        await Counters.IncrementAsync(current, now.AddMinutes(1), CancellationToken.None);

        var deleted = await Counters.DeleteExpiredAsync(now, CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Equal(1, await Counters.IncrementAsync(ended, now.AddMinutes(1), CancellationToken.None));
        Assert.Equal(2, await Counters.IncrementAsync(current, now.AddMinutes(1), CancellationToken.None));
    }
}
