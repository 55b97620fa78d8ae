using PatientPortal.Core.Common;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Invitations.Funnel;

/// <summary>The dashboard's invitation funnel: sent → delivered → opened → completed, per practice day.</summary>
public sealed class InvitationFunnelReport(IInvitationFunnelSource source, PracticeClock clock)
{
    public async Task<Result<InvitationFunnel>> GetAsync(FunnelQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var resolved = FunnelRange.Resolve(query.From, query.To, clock.Today);
        if (resolved.Value is not { } range)
        {
            return resolved.Failure!;
        }

        var dayStarts = range.Dates.Append(range.To.AddDays(1)).Select(clock.StartOfDay).ToList();
        var invitations = await source.ListAsync(new FunnelFilter(dayStarts[0], dayStarts[^1], query.Purpose, query.BatchId), cancellationToken);
        var (totals, days) = FunnelBuckets.Count(range, dayStarts, invitations);
        return new InvitationFunnel(range, clock.TimeZone.Id, query.Purpose, query.BatchId, totals, FunnelRates.Of(totals), days);
    }
}
