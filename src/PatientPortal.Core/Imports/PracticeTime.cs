using System.Globalization;

namespace PatientPortal.Core.Imports;

/// <summary>
/// Reads an appointment time as exports write it: ISO 8601 with an offset (2026-07-01T09:30:00+01:00, or Z), or
/// without one, which is a time on the practice's wall clock (2026-07-01 09:30), as a practice system shows it.
/// </summary>
public static class PracticeTime
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>The instant in UTC, or the reason the text is not one.</summary>
    public static bool TryParse(string text, TimeZoneInfo practiceZone, out DateTimeOffset instant, out string? error)
    {
        ArgumentNullException.ThrowIfNull(practiceZone);
        instant = default;
        error = null;
        if (!DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            error = "is not a date and time such as 2026-07-01T09:30:00+01:00 (or 2026-07-01 09:30 in the practice's time zone).";
            return false;
        }

        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            instant = new DateTimeOffset(parsed.ToUniversalTime(), TimeSpan.Zero);
            return true;
        }

        if (practiceZone.IsInvalidTime(parsed))
        {
            error = $"does not exist in the practice's time zone ({practiceZone.Id}): the clocks go forward then.";
            return false;
        }

        // An hour that happens twice when the clocks go back is read in standard time, as GetUtcOffset does.
        instant = new DateTimeOffset(parsed, practiceZone.GetUtcOffset(parsed)).ToUniversalTime();
        return true;
    }
}
