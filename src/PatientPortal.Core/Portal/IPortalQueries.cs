namespace PatientPortal.Core.Portal;

/// <summary>What the patient's portal pages read (no changes).</summary>
public interface IPortalQueries
{
    Task<PortalAppointment?> FindAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken);

    /// <summary>The patient's appointments starting at or after <paramref name="from"/>, soonest first.</summary>
    Task<IReadOnlyList<PortalAppointment>> UpcomingAppointmentsAsync(Guid patientId, DateTimeOffset from, int take, CancellationToken cancellationToken);

    /// <summary>The services patients may book online, by name.</summary>
    Task<IReadOnlyList<BookableService>> BookableServicesAsync(CancellationToken cancellationToken);
}
