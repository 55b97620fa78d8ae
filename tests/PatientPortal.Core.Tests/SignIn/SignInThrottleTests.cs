using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.SignIn.Throttling;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.SignIn;

public sealed class SignInThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryFailedSignInStore _store = new();
    private readonly SignInThrottleOptions _options = new();

    private SignInThrottle Throttle => new(_store, _time, Options.Create(_options));

    [Fact]
    public async Task FiveFailures_AreFree_ThenEachTryWaitsTwiceAsLong_UpToAnHour()
    {
        var waits = new List<double>();
        for (var failure = 1; failure <= 14; failure++)
        {
            var attempt = await Throttle.BeginAsync("patient:a", canSuspend: true, CancellationToken.None);
            Assert.True(attempt.Allowed, $"attempt {failure} was refused");
            var row = await _store.FindAsync("patient:a", CancellationToken.None);
            var wait = row!.BlockedUntil is { } until ? until - _time.GetUtcNow() : TimeSpan.Zero;
            waits.Add(wait.TotalSeconds);
            if (wait > TimeSpan.Zero)
            {
                _time.Advance(wait - TimeSpan.FromSeconds(1));
                var early = await Throttle.BeginAsync("patient:a", canSuspend: true, CancellationToken.None);
                Assert.False(early.Allowed);
                Assert.Equal(TimeSpan.FromSeconds(1), early.RetryAfter);
                _time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        Assert.Equal([0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600], waits);
    }

    [Fact]
    public async Task ARightPassword_StartsTheCountAgain()
    {
        for (var failure = 0; failure < 5; failure++)
        {
            await Throttle.BeginAsync("patient:b", canSuspend: true, CancellationToken.None);
        }

        await Throttle.SucceededAsync("patient:b", CancellationToken.None);
        var next = await Throttle.BeginAsync("patient:b", canSuspend: true, CancellationToken.None);

        Assert.True(next.Allowed);
        Assert.Equal(1, next.Failures);
    }

    [Fact]
    public async Task AtTheHundredthFailure_APatientsPasswordIsSuspended_ButStaffOnlyEverWait()
    {
        for (var failure = 1; failure <= 100; failure++)
        {
            var attempt = await Throttle.BeginAsync("patient:c", canSuspend: true, CancellationToken.None);
            Assert.True(attempt.Allowed);
            Assert.Equal(failure == 6 || failure == 100, attempt.NoticeDue);
            var staff = await Throttle.BeginAsync("staff:c", canSuspend: false, CancellationToken.None);
            Assert.True(staff.Allowed);
            _time.Advance(TimeSpan.FromHours(1));
        }

        var patient = await Throttle.BeginAsync("patient:c", canSuspend: true, CancellationToken.None);
        var admin = await Throttle.BeginAsync("staff:c", canSuspend: false, CancellationToken.None);

        Assert.True(patient.Suspended);
        Assert.False(patient.Allowed);
        Assert.True(admin.Allowed);
    }

    [Fact]
    public async Task ParallelGuesses_EachTakeOneCount_SoNoBurstSlipsPastTheFreeTries()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => Throttle.BeginAsync("patient:d", canSuspend: true, CancellationToken.None))));

        Assert.True(attempts.Count(attempt => attempt.Allowed) <= _options.FreeFailures + 1);
    }
}
