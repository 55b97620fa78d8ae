namespace PatientPortal.Core.Patients;

/// <summary>The patients list's filter: chargeband, whether the patient has a portal password, and free text.</summary>
public sealed record PatientFilter(Guid? ChargebandId = null, bool? HasAccount = null, string? Search = null);
