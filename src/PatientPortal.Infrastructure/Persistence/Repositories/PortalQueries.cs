using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Portal;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class PortalQueries(PatientPortalDbContext db) : IPortalQueries
{
    public Task<PortalAppointment?> FindAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        WithService(db.Appointments.Where(appointment => appointment.Id == appointmentId)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PortalAppointment>> UpcomingAppointmentsAsync(Guid patientId, DateTimeOffset from, int take, CancellationToken cancellationToken)
    {
        var upcoming = await WithService(db.Appointments
                .Where(appointment => appointment.PatientId == patientId && appointment.Start >= from)
                .OrderBy(appointment => appointment.Start)
                .Take(take))
            .ToListAsync(cancellationToken);

        // The join may not keep the inner query's order.
        return upcoming.OrderBy(appointment => appointment.Start).ToList();
    }

    public async Task<IReadOnlyList<BookableService>> BookableServicesAsync(CancellationToken cancellationToken) =>
        await db.Services.AsNoTracking()
            .Where(service => service.BookableOnline)
            .OrderBy(service => service.Name)
            .Select(service => new BookableService(service.Id, service.Name, service.DurationMinutes, service.Price))
            .ToListAsync(cancellationToken);

    // Filter and order on the entity first: EF cannot translate a filter on the projected record.
    private IQueryable<PortalAppointment> WithService(IQueryable<Appointment> appointments) =>
        from appointment in appointments.AsNoTracking()
        join service in db.Services on appointment.ServiceId equals service.Id
        select new PortalAppointment(
            appointment.Id,
            appointment.PatientId,
            service.Name,
            appointment.Start,
            appointment.VideoConsultation,
            appointment.PaymentMandatory,
            appointment.Amount,
            appointment.Paid);
}
