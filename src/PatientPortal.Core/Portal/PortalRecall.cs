namespace PatientPortal.Core.Portal;

/// <summary>A recall as the portal shows it: the patient is due back for a service on a date.</summary>
public sealed record PortalRecall(Guid Id, Guid PatientId, Guid ServiceId, string ServiceName, DateOnly DueDate);
