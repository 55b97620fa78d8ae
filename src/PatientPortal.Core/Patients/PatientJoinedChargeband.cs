using PatientPortal.Core.Chargebands;

namespace PatientPortal.Core.Patients;

/// <summary>
/// A patient was added to a chargeband, or moved onto one: published inside the transaction that saves them, so a
/// reaction (an "Allow and notify" invitation) is committed with the patient or not at all.
/// </summary>
public sealed record PatientJoinedChargeband(Patient Patient, Chargeband Chargeband);
