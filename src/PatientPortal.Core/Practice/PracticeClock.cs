using Microsoft.Extensions.Options;

namespace PatientPortal.Core.Practice;

/// <summary>The practice's calendar: "today" is the date on the practice's wall clock, not UTC.</summary>
public sealed class PracticeClock(TimeProvider timeProvider, IOptions<PracticeOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), _zone).DateTime);
}
