using Microsoft.Extensions.Options;

namespace PatientPortal.Core.Practice;

/// <summary>
/// The practice's calendar: "today" is the date on the practice's wall clock, not UTC. The one place that turns
/// <see cref="PracticeOptions.TimeZone"/> into a zone; everything that needs the practice's zone asks this clock.
/// </summary>
public sealed class PracticeClock(TimeProvider timeProvider, IOptions<PracticeOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>Whether <paramref name="timeZoneId"/> names a zone this machine knows, as the options check on start.</summary>
    public static bool IsKnownTimeZone(string? timeZoneId) =>
        timeZoneId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public DateTimeOffset UtcNow => timeProvider.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), _zone).DateTime);

    public TimeZoneInfo TimeZone => _zone;

    /// <summary>The first instant of a day on the practice's wall clock, in UTC.</summary>
    public DateTimeOffset StartOfDay(DateOnly date) => StartOfDay(date, _zone);

    /// <summary>
    /// Midnight may not exist (clocks that spring forward at 00:00 start the day at 01:00) or may happen twice
    /// (clocks that fall back at 01:00 to 00:00): the day starts at the first wall-clock time that exists, the first time it does.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            // Every zone's offsets are whole quarter hours, so the gap ends on one.
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
