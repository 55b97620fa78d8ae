namespace PatientPortal.Core.Chargebands;

/// <summary>One billing rule of a chargeband. Percentage is used by discounts only.</summary>
public sealed record BillingRule(BillingRuleType Type, string? Description = null, decimal? Percentage = null);
