namespace PatientPortal.Core.Audit;

public static class AuditActors
{
    public const string System = "system";

    public static string Patient(Guid patientId) => $"patient:{patientId}";

    /// <summary>Whoever holds a mobile number, acting by text message (STOP, START).</summary>
    public static string Mobile(string number) => $"mobile:{number}";
}
