namespace PatientPortal.Core.Invitations.Funnel;

/// <summary>Conversion from each stage to the next, and overall from sent to completed, in percent (one decimal); null when nothing reached the stage before.</summary>
public sealed record FunnelRates(double? Delivered, double? Opened, double? Completed, double? Overall)
{
    public static FunnelRates Of(FunnelCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(
            Percent(counts.Delivered, counts.Sent),
            Percent(counts.Opened, counts.Delivered),
            Percent(counts.Completed, counts.Opened),
            Percent(counts.Completed, counts.Sent));
    }

    private static double? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);
}
