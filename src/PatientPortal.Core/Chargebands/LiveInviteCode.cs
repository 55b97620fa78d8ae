namespace PatientPortal.Core.Chargebands;

/// <summary>An invite code that works today or could (online booking on), and whose chargeband it is.</summary>
public sealed record LiveInviteCode(Guid ChargebandId, string NormalizedCode);
