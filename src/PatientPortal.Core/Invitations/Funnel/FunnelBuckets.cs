namespace PatientPortal.Core.Invitations.Funnel;

/// <summary>Puts invitations into practice days by their creation instant.</summary>
public static class FunnelBuckets
{
    /// <param name="dayStarts">The first instant of each day of the range, then of the day after it (UTC, ascending).</param>
    public static (FunnelCounts Totals, IReadOnlyList<FunnelDay> Days) Count(FunnelRange range, IReadOnlyList<DateTimeOffset> dayStarts, IEnumerable<FunnelInvitation> invitations)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(dayStarts);
        ArgumentNullException.ThrowIfNull(invitations);
        if (dayStarts.Count != range.Days + 1)
        {
            throw new ArgumentException($"Expected {range.Days + 1} day starts, got {dayStarts.Count}.", nameof(dayStarts));
        }

        // Days are not all 24 hours long (clock changes): a binary search over the real boundaries, not a division.
        var boundaries = dayStarts.Select(start => start.UtcTicks).ToArray();
        var stages = Enum.GetValues<FunnelStage>().Length;
        var byDay = new int[range.Days * stages];
        var total = new int[stages];
        foreach (var invitation in invitations)
        {
            var found = Array.BinarySearch(boundaries, invitation.CreatedAt.UtcTicks);
            var day = found >= 0 ? found : ~found - 1;
            if (day < 0 || day >= range.Days)
            {
                continue;
            }

            var stage = (int)invitation.Stage;
            byDay[(day * stages) + stage]++;
            total[stage]++;
        }

        var days = range.Dates.Select((date, day) => new FunnelDay(date, FunnelCounts.FromFurthest(byDay.AsSpan(day * stages, stages)))).ToList();
        return (FunnelCounts.FromFurthest(total), days);
    }
}
