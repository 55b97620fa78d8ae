namespace PatientPortal.Core.Chargebands;

public sealed record SaveChargebandCommand(string? Name, IReadOnlyList<BillingRule>? BillingRules);

public sealed record EnableOnlineBookingCommand(PatientAccessMode AccessMode);
