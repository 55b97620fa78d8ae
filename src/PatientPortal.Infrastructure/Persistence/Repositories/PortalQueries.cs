using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Portal;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class PortalQueries(PatientPortalDbContext db) : IPortalQueries
{
    public Task<PortalAppointment?> FindAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        Appointments().FirstOrDefaultAsync(appointment => appointment.Id == appointmentId, cancellationToken);

    public async Task<IReadOnlyList<PortalAppointment>> UpcomingAppointmentsAsync(Guid patientId, DateTimeOffset from, int take, CancellationToken cancellationToken) =>
        await Appointments()
            .Where(appointment => appointment.PatientId == patientId && appointment.Start >= from)
            .OrderBy(appointment => appointment.Start)
            .Take(take)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<BookableService>> BookableServicesAsync(CancellationToken cancellationToken) =>
        await db.Services.AsNoTracking()
            .Where(service => service.BookableOnline)
            .OrderBy(service => service.Name)
            .Select(service => new BookableService(service.Id, service.Name, service.DurationMinutes, service.Price))
            .ToListAsync(cancellationToken);

    private IQueryable<PortalAppointment> Appointments() =>
        from appointment in db.Appointments.AsNoTracking()
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
