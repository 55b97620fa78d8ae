namespace PatientPortal.Core.Invitations.Funnel;

/// <summary>The funnel asked for: a range of practice days (defaults: the last 30), optionally one purpose or one bulk run.</summary>
public sealed record FunnelQuery(DateOnly? From = null, DateOnly? To = null, InvitationPurpose? Purpose = null, Guid? BatchId = null);

/// <summary>The invitations created from <paramref name="CreatedFrom"/> (inclusive) to <paramref name="CreatedBefore"/> (exclusive).</summary>
public sealed record FunnelFilter(DateTimeOffset CreatedFrom, DateTimeOffset CreatedBefore, InvitationPurpose? Purpose, Guid? BatchId);
