using PatientPortal.Core.Imports;

namespace PatientPortal.Core.Tests.Imports;

public sealed class PracticeTimeTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    [InlineData("2026-07-01T09:30:00+01:00", "2026-07-01T08:30:00Z")]
    [InlineData("2026-07-01T09:30Z", "2026-07-01T09:30:00Z")]
    [InlineData("2026-07-01 09:30", "2026-07-01T08:30:00Z")]
    [InlineData("2026-01-15T09:30:00", "2026-01-15T09:30:00Z")]
    [InlineData("2026-10-25 01:30", "2026-10-25T01:30:00Z")]
    public void ATime_IsReadAsAnInstant_OnThePracticeClockWhenItHasNoOffset(string text, string expectedUtc)
    {
        Assert.True(PracticeTime.TryParse(text, London, out var instant, out _));
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void ATimeTheClocksSkip_IsRefused()
    {
        Assert.False(PracticeTime.TryParse("2026-03-29 01:30", London, out _, out var error));
        Assert.Contains("clocks go forward", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01/07/2026 09:30")]
    [InlineData("2026-07-01")]
    [InlineData("tomorrow")]
    public void OtherWritings_AreRefused(string text) => Assert.False(PracticeTime.TryParse(text, London, out _, out _));
}
