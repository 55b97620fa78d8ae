using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Portal;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class PortalQueries(PatientPortalDbContext db) : IPortalQueries
{
    public async Task<PortalAppointment?> FindAppointmentAsync(FamilyAccess access, Guid appointmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var appointment = await WithService(db.Appointments.Where(appointment => appointment.Id == appointmentId)).FirstOrDefaultAsync(cancellationToken);
        return appointment is not null && access.MayActFor(appointment.PatientId) ? appointment : null;
    }

    public async Task<IReadOnlyList<PortalAppointment>> UpcomingAppointmentsAsync(FamilyAccess access, DateTimeOffset from, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var patientIds = access.PatientIds;
        var upcoming = await WithService(db.Appointments
                .Where(appointment => patientIds.Contains(appointment.PatientId) && appointment.Start >= from)
                .OrderBy(appointment => appointment.Start)
                .Take(take))
            .ToListAsync(cancellationToken);

        // The join may not keep the inner query's order.
        return upcoming.OrderBy(appointment => appointment.Start).ToList();
    }

    public async Task<IReadOnlyList<PortalRecall>> RecallsAsync(FamilyAccess access, DateOnly dueFrom, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var patientIds = access.PatientIds;
        var recalls = await (
                from recall in db.Recalls.AsNoTracking()
                join service in db.Services on recall.ServiceId equals service.Id
                where patientIds.Contains(recall.PatientId) && recall.DueDate >= dueFrom
                orderby recall.DueDate
                select new { recall.Id, recall.PatientId, recall.ServiceId, service.Name, recall.DueDate })
            .Take(take)
            .ToListAsync(cancellationToken);
        return recalls.Select(recall => new PortalRecall(recall.Id, recall.PatientId, recall.ServiceId, recall.Name, recall.DueDate)).ToList();
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
