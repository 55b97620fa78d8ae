namespace PatientPortal.Core.Chargebands;

/// <summary>
/// A chargeband's online booking now invites its patients automatically ("Allow and notify"): those without an
/// account are to be invited, in the same transaction as the change.
/// </summary>
public sealed record AllowAndNotifyEnabled(Guid ChargebandId, string ChargebandName, string Actor);
