namespace PatientPortal.Core.Payments;

/// <summary>
/// A payment the provider says it has taken, read from a verified webhook. <paramref name="AppointmentId"/> is what
/// we sent when the checkout started (null when the notice carried nothing we could read as one).
/// </summary>
public sealed record ConfirmedPayment(string Provider, string ProviderReference, Guid? AppointmentId, decimal Amount, string Currency);
