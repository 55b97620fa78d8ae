namespace PatientPortal.Core.Messaging;

/// <summary>What a message is about, kept with it for delivery reports per patient and per bulk run.</summary>
public sealed record MessageContext(MessagePurpose Purpose, Guid? PatientId, Guid? InvitationId = null, Guid? BatchId = null, Guid? AppointmentId = null, Guid? RecallId = null);
