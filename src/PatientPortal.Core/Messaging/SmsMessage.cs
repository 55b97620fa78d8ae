namespace PatientPortal.Core.Messaging;

/// <summary>One text message to one mobile number (E.164).</summary>
/// <param name="StatusCallback">Where the provider reports delivery; null to skip delivery reports.</param>
/// <param name="ValidFor">How long the provider may hold the text in its queue before dropping it (see <see cref="SmsValidity"/>); null for its default.</param>
public sealed record SmsMessage(string To, string Body, Uri? StatusCallback = null, TimeSpan? ValidFor = null);
