using PatientPortal.Core.Invitations;
using PatientPortal.Core.Invitations.Funnel;

namespace PatientPortal.Web.Dashboard;

/// <param name="TimeZone">The practice's time zone, whose calendar the days follow.</param>
/// <param name="Rates">Percent converted from each stage to the next, and from sent to completed; null with nothing to convert.</param>
public sealed record InvitationFunnelResponse(
    DateOnly From,
    DateOnly To,
    string TimeZone,
    InvitationPurpose? Purpose,
    Guid? BatchId,
    FunnelCountsResponse Totals,
    FunnelRatesResponse Rates,
    IReadOnlyList<FunnelDayResponse> Days)
{
    public static InvitationFunnelResponse Of(InvitationFunnel funnel)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        return new(
            funnel.Range.From,
            funnel.Range.To,
            funnel.TimeZone,
            funnel.Purpose,
            funnel.BatchId,
            FunnelCountsResponse.From(funnel.Totals),
            new FunnelRatesResponse(funnel.Rates.Delivered, funnel.Rates.Opened, funnel.Rates.Completed, funnel.Rates.Overall),
            funnel.Days.Select(day => new FunnelDayResponse(day.Date, FunnelCountsResponse.From(day.Counts))).ToList());
    }
}

/// <param name="Created">Invitations created, sent or not (a message may be waiting, failed or not sent).</param>
/// <param name="Delivered">Email accepted by the SMTP server counts as delivered: email has no delivery receipts.</param>
public sealed record FunnelCountsResponse(int Created, int Sent, int Delivered, int Opened, int Completed)
{
    public static FunnelCountsResponse From(FunnelCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(counts.Created, counts.Sent, counts.Delivered, counts.Opened, counts.Completed);
    }
}

public sealed record FunnelRatesResponse(double? Delivered, double? Opened, double? Completed, double? Overall);

public sealed record FunnelDayResponse(DateOnly Date, FunnelCountsResponse Counts);
