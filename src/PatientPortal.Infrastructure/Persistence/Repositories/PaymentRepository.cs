using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Payments;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class PaymentRepository(PatientPortalDbContext db) : IPaymentRepository
{
    public Task<Payment?> FindByReferenceAsync(string provider, string providerReference, CancellationToken cancellationToken) =>
        db.Payments.AsNoTracking().FirstOrDefaultAsync(payment => payment.Provider == provider && payment.ProviderReference == providerReference, cancellationToken);

    public Task<Appointment?> FindAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        db.Appointments.FirstOrDefaultAsync(appointment => appointment.Id == appointmentId, cancellationToken);

    public void Add(Payment payment) => db.Payments.Add(payment);

    public async Task<PaymentPage> ListAsync(PaymentFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Payments.AsNoTracking();
        if (filter.Since is { } since)
        {
            query = query.Where(payment => payment.ReceivedAt >= since);
        }

        if (filter.AppointmentId is { } appointmentId)
        {
            query = query.Where(payment => payment.AppointmentId == appointmentId);
        }

        var total = await query.CountAsync(cancellationToken);
        // Ids are version 7 (time ordered), so they break ties between payments received in the same tick.
        var items = await query.OrderBy(payment => payment.ReceivedAt).ThenBy(payment => payment.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new PaymentPage(items, total);
    }

    public Task<Payment?> LatestForAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        db.Payments.AsNoTracking()
            .Where(payment => payment.AppointmentId == appointmentId)
            .OrderByDescending(payment => payment.ReceivedAt)
            .FirstOrDefaultAsync(cancellationToken);
}
