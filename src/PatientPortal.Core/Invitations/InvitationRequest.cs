using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Invitations;

/// <summary>What to send a patient: whose action it is, why, and where the link leads.</summary>
/// <param name="Purpose">Null: an invitation, or a password reset when the patient already has a password.</param>
/// <param name="TargetPath">Where the patient lands after completing it; null for portal home.</param>
/// <param name="Reason">Why it was sent, for the audit log, when not simply an admin's click.</param>
/// <param name="Origin">Self-service links are limited per patient and never revoke the practice's links.</param>
/// <param name="Lifetime">How long the link works, when not the purpose's usual lifetime.</param>
/// <param name="Channels">Only these channels (each where the patient can be reached); null for the practice's channels.</param>
public sealed record InvitationRequest(
    string Actor,
    InvitationPurpose? Purpose = null,
    string? TargetPath = null,
    string? PortalBaseUrl = null,
    Guid? BatchId = null,
    string? Reason = null,
    InvitationOrigin Origin = InvitationOrigin.Practice,
    TimeSpan? Lifetime = null,
    IReadOnlyList<MessageChannel>? Channels = null);
