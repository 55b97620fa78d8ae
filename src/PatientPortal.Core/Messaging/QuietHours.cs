namespace PatientPortal.Core.Messaging;

/// <summary>
/// The hours of the practice's day when no SMS goes out. A message due in them is deferred to their end,
/// never dropped. A window may cross midnight (21:00–08:00).
/// </summary>
public sealed class QuietHours(TimeOnly? start, TimeOnly? end, TimeZoneInfo zone)
{
    public bool IsQuiet(DateTimeOffset instant) => NextAllowed(instant) != instant;

    /// <summary>The instant itself when sending is allowed, otherwise the end of the quiet hours it falls in.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        if (start is not { } from || end is not { } to || from == to)
        {
            return instant;
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var crossesMidnight = from > to;
        var quiet = crossesMidnight ? time >= from || time < to : time >= from && time < to;
        if (!quiet)
        {
            return instant;
        }

        var endDate = DateOnly.FromDateTime(local.DateTime);
        if (crossesMidnight && time >= from)
        {
            endDate = endDate.AddDays(1);
        }

        var endLocal = endDate.ToDateTime(to);
        // A clock change inside the window can make the local end ambiguous or missing; the offset in force then decides.
        var offset = zone.IsInvalidTime(endLocal) ? zone.GetUtcOffset(endLocal.AddHours(1)) : zone.GetUtcOffset(endLocal);
        return new DateTimeOffset(endLocal, offset).ToUniversalTime();
    }
}
