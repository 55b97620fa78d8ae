namespace PatientPortal.Core.Messaging;

/// <summary>One text message to one mobile number (E.164).</summary>
/// <param name="StatusCallback">Where the provider reports delivery; null to skip delivery reports.</param>
public sealed record SmsMessage(string To, string Body, Uri? StatusCallback = null);
