using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Tests.Messaging;

public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly QuietHours _quietHours = new(new TimeOnly(21, 0), new TimeOnly(8, 0), London);

    [Fact]
    public void NextAllowed_InTheEvening_IsEightTheNextMorningInThePracticesZone()
    {
        // 22:30 BST on 1 July is 21:30 UTC; 08:00 BST on 2 July is 07:00 UTC.
        var evening = new DateTimeOffset(2026, 7, 1, 21, 30, 0, TimeSpan.Zero);

        Assert.True(_quietHours.IsQuiet(evening));
        Assert.Equal(new DateTimeOffset(2026, 7, 2, 7, 0, 0, TimeSpan.Zero), _quietHours.NextAllowed(evening));
    }

    [Fact]
    public void NextAllowed_AfterMidnight_IsEightTheSameMorning()
    {
        var night = new DateTimeOffset(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero), _quietHours.NextAllowed(night));
    }

    [Theory]
    [InlineData(8, 0)]
    [InlineData(12, 0)]
    [InlineData(20, 59)]
    public void NextAllowed_DuringTheDay_IsNow(int hour, int minute)
    {
        var day = new DateTimeOffset(2026, 1, 15, hour, minute, 0, TimeSpan.Zero);

        Assert.False(_quietHours.IsQuiet(day));
        Assert.Equal(day, _quietHours.NextAllowed(day));
    }

    [Fact]
    public void NextAllowed_AcrossTheSpringClockChange_UsesTheNewOffset()
    {
        // Clocks go forward at 01:00 UTC on 29 March 2026; 08:00 that morning is BST, 07:00 UTC.
        var night = new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero), _quietHours.NextAllowed(night));
    }

    [Fact]
    public void NoWindow_NeverDefers()
    {
        var none = new QuietHours(null, null, London);
        var same = new QuietHours(new TimeOnly(0, 0), new TimeOnly(0, 0), London);
        var night = new DateTimeOffset(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

        Assert.Equal(night, none.NextAllowed(night));
        Assert.Equal(night, same.NextAllowed(night));
    }

    [Fact]
    public void AWindowWithinOneDay_DefersToItsEnd()
    {
        var lunch = new QuietHours(new TimeOnly(12, 0), new TimeOnly(14, 0), TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2026, 1, 15, 14, 0, 0, TimeSpan.Zero), lunch.NextAllowed(new DateTimeOffset(2026, 1, 15, 13, 0, 0, TimeSpan.Zero)));
        Assert.False(lunch.IsQuiet(new DateTimeOffset(2026, 1, 15, 14, 0, 0, TimeSpan.Zero)));
    }
}
