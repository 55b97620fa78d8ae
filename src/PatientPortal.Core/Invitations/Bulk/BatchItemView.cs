namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>One row of a bulk run's outcome table.</summary>
public sealed record BatchItemView(Guid PatientId, string PatientName, InviteOutcome? Outcome, Guid? InvitationId, DateTimeOffset? ProcessedAt);
