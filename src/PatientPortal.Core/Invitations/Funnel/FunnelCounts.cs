namespace PatientPortal.Core.Invitations.Funnel;

/// <summary>How many invitations reached each stage (an invitation opened is counted as sent and delivered too).</summary>
public sealed record FunnelCounts(int Created, int Sent, int Delivered, int Opened, int Completed)
{
    public static FunnelCounts Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>From counts of invitations by the furthest stage they reached.</summary>
    public static FunnelCounts FromFurthest(ReadOnlySpan<int> byStage)
    {
        var reached = new int[byStage.Length];
        for (int stage = byStage.Length - 1, sum = 0; stage >= 0; stage--)
        {
            sum += byStage[stage];
            reached[stage] = sum;
        }

        return new FunnelCounts(reached[0], reached[1], reached[2], reached[3], reached[4]);
    }
}
