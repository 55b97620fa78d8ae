using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Invitations;

/// <summary>What inviting one patient from the backoffice did.</summary>
public sealed record InviteResult(Guid PatientId, InviteOutcome Outcome, Guid? InvitationId, DateTimeOffset? ExpiresAt, IReadOnlyList<MessageChannel> Channels);
