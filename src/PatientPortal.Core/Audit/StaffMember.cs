namespace PatientPortal.Core.Audit;

/// <summary>A backoffice user as the host knows them: a stable key and the name the audit log shows.</summary>
public sealed record StaffMember(Guid Key, string Name);
