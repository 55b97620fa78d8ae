namespace PatientPortal.Core.Patients;

public sealed record PatientPage(IReadOnlyList<Patient> Items, int Total);
