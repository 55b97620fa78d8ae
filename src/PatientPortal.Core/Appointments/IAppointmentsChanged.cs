namespace PatientPortal.Core.Appointments;

/// <summary>
/// Told after appointments were created or changed and committed (an import, a booking), so what follows
/// from them happens: a video consultation booked offline with mandatory payment asks for payment in advance.
/// </summary>
public interface IAppointmentsChanged
{
    Task AppointmentsChangedAsync(IReadOnlyCollection<Guid> appointmentIds, CancellationToken cancellationToken);
}
