using PatientPortal.Core.Common;

namespace PatientPortal.Core.Invitations.Funnel;

/// <summary>The days of the funnel, inclusive, on the practice's calendar.</summary>
public sealed record FunnelRange(DateOnly From, DateOnly To)
{
    public const int DefaultDays = 30;

    /// <summary>A year, leap day included; longer ranges would want weeks or months, not days.</summary>
    public const int MaximumDays = 366;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(From.AddDays);

    /// <summary>The last <see cref="DefaultDays"/> days up to today unless the request says otherwise.</summary>
    public static Result<FunnelRange> Resolve(DateOnly? from, DateOnly? to, DateOnly today)
    {
        var end = to ?? (from is { } start && start.AddDays(DefaultDays - 1) < today ? start.AddDays(DefaultDays - 1) : today);
        var begin = from ?? end.AddDays(-(DefaultDays - 1));
        if (begin > end)
        {
            return Failure.Invalid("from", $"The range starts ({begin:yyyy-MM-dd}) after it ends ({end:yyyy-MM-dd}); choose a start on or before the end.");
        }

        var range = new FunnelRange(begin, end);
        return range.Days > MaximumDays
            ? Failure.Invalid("to", $"The range covers {range.Days} days; choose at most {MaximumDays}.")
            : range;
    }
}
