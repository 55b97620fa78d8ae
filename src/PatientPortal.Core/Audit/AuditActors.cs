namespace PatientPortal.Core.Audit;

public static class AuditActors
{
    public const string System = "system";

    public static string Patient(Guid patientId) => $"patient:{patientId}";
}
