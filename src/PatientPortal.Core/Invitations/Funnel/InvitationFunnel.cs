namespace PatientPortal.Core.Invitations.Funnel;

/// <summary>
/// The invitations created in a range, day by day on the practice's calendar, and how far each got. An invitation
/// counts on the day it was created, with everything that happened to it since (a cohort), so the stages of a day
/// never exceed each other and its rates compare like with like.
/// </summary>
public sealed record InvitationFunnel(
    FunnelRange Range,
    string TimeZone,
    InvitationPurpose? Purpose,
    Guid? BatchId,
    FunnelCounts Totals,
    FunnelRates Rates,
    IReadOnlyList<FunnelDay> Days);

public sealed record FunnelDay(DateOnly Date, FunnelCounts Counts);
