using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Practice;

public sealed class PracticeClockTests
{
    [Fact]
    public void TimeZone_IsTheOneTheOptionsName()
    {
        var clock = new PracticeClock(new FakeTimeProvider(TestPractice.Now), Options.Create(new PracticeOptions { TimeZone = "Pacific/Auckland" }));

        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland"), clock.TimeZone);
    }

    [Fact]
    public void Today_IsTheDateOnThePracticesWallClock_NotUtc()
    {
        // 23:30 UTC on 15 June is 00:30 on 16 June in London (British Summer Time).
        var clock = TestPractice.Clock(new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 6, 16), clock.Today);
    }

    [Theory]
    [InlineData("Europe/London", true)]
    [InlineData("UTC", true)]
    [InlineData("Europe/Atlantis", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsKnownTimeZone_AnswersWhetherTheMachineKnowsTheZone(string? zone, bool known)
    {
        Assert.Equal(known, PracticeClock.IsKnownTimeZone(zone));
    }
}
