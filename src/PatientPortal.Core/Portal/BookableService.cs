namespace PatientPortal.Core.Portal;

/// <summary>A service patients may book online.</summary>
public sealed record BookableService(Guid Id, string Name, int DurationMinutes, decimal Price);
