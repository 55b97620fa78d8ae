using PatientPortal.Core.Appointments;

namespace PatientPortal.Core.Payments;

public interface IPaymentRepository
{
    Task<Payment?> FindByReferenceAsync(string provider, string providerReference, CancellationToken cancellationToken);

    /// <summary>The appointment a payment is for, tracked so marking it paid is saved with the payment.</summary>
    Task<Appointment?> FindAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken);

    void Add(Payment payment);

    /// <summary>Payments received at or after <see cref="PaymentFilter.Since"/>, oldest first, so a reconciler can page forward.</summary>
    Task<PaymentPage> ListAsync(PaymentFilter filter, int skip, int take, CancellationToken cancellationToken);

    /// <summary>The newest payment recorded for an appointment, whatever its outcome.</summary>
    Task<Payment?> LatestForAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken);
}

public sealed record PaymentFilter(DateTimeOffset? Since, Guid? AppointmentId);

public sealed record PaymentPage(IReadOnlyList<Payment> Items, int Total);
