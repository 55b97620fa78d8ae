using PatientPortal.Core.Payments;
using PatientPortal.Core.Portal;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Portal;

/// <summary>The signed-in patient's upcoming appointments as the home, appointments and payments pages list them.</summary>
public sealed class PortalAppointments(IPortalQueries queries, IPortalLinks links, PortalFormat format, OnlinePayments online, TimeProvider timeProvider)
{
    /// <summary>More than a patient has booked ahead in practice; the page says when there are more.</summary>
    public const int Listed = 50;

    public async Task<IReadOnlyList<UpcomingAppointment>> UpcomingAsync(Guid patientId, int take, CancellationToken cancellationToken)
    {
        var upcoming = await queries.UpcomingAppointmentsAsync(patientId, timeProvider.GetUtcNow(), take, cancellationToken);
        return upcoming
            .Select(appointment => new UpcomingAppointment(
                appointment.ServiceName,
                format.When(appointment.Start),
                appointment.VideoConsultation,
                appointment.PaymentDueInAdvance ? format.Money(appointment.AmountDue) : null,
                links.AppointmentPaymentPath(appointment.Id),
                appointment.Paid && appointment.Amount > 0 ? format.Money(appointment.Amount) : null,
                online.Available))
            .ToList();
    }
}
