namespace PatientPortal.Core.Portal;

/// <summary>
/// What the patient's portal pages read (no changes). Every read is of the patients a <see cref="FamilyAccess"/>
/// allows: the signed-in patient and the family members they manage, never anyone else.
/// </summary>
public interface IPortalQueries
{
    /// <summary>The appointment, or null when there is none or it is not of a patient <paramref name="access"/> allows.</summary>
    Task<PortalAppointment?> FindAppointmentAsync(FamilyAccess access, Guid appointmentId, CancellationToken cancellationToken);

    /// <summary>The allowed patients' appointments starting at or after <paramref name="from"/>, soonest first.</summary>
    Task<IReadOnlyList<PortalAppointment>> UpcomingAppointmentsAsync(FamilyAccess access, DateTimeOffset from, int take, CancellationToken cancellationToken);

    /// <summary>The allowed patients' recalls due on or after <paramref name="dueFrom"/>, soonest first.</summary>
    Task<IReadOnlyList<PortalRecall>> RecallsAsync(FamilyAccess access, DateOnly dueFrom, int take, CancellationToken cancellationToken);

    /// <summary>The services patients may book online, by name.</summary>
    Task<IReadOnlyList<BookableService>> BookableServicesAsync(CancellationToken cancellationToken);
}
