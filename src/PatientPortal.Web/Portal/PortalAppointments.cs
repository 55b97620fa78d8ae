using Microsoft.Extensions.Options;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Portal;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Recalls;

namespace PatientPortal.Web.Portal;

/// <summary>
/// The upcoming appointments and recalls of the signed-in patient and of the family members they manage, as the
/// home, appointments and payments pages list them; a family member's items say whose they are.
/// </summary>
public sealed class PortalAppointments(IPortalQueries queries, IPortalLinks links, PortalFormat format, PracticeClock clock, IOptions<RecallOptions> recalls, OnlinePayments online)
{
    /// <summary>More than a patient has booked ahead in practice; the page says when there are more.</summary>
    public const int Listed = 50;

    public async Task<IReadOnlyList<UpcomingAppointment>> UpcomingAsync(FamilyAccess access, int take, CancellationToken cancellationToken)
    {
        var upcoming = await queries.UpcomingAppointmentsAsync(access, clock.UtcNow, take, cancellationToken);
        return upcoming
            .Select(appointment => new UpcomingAppointment(
                appointment.ServiceName,
                format.When(appointment.Start),
                appointment.VideoConsultation,
                appointment.PaymentDueInAdvance ? format.Money(appointment.AmountDue) : null,
                links.AppointmentPaymentPath(appointment.Id),
                appointment.Paid && appointment.Amount > 0 ? format.Money(appointment.Amount) : null,
                FamilyMemberName.Of(access.Member(appointment.PatientId)),
                online.Available))
            .ToList();
    }

    /// <summary>Recalls from as long overdue as the recall messages still go out for, soonest first, each with its booking link.</summary>
    public async Task<IReadOnlyList<DueRecall>> RecallsAsync(FamilyAccess access, int take, CancellationToken cancellationToken)
    {
        var from = clock.Today.AddDays(-recalls.Value.MaxDaysOverdue);
        var due = await queries.RecallsAsync(access, from, take, cancellationToken);
        return due
            .Select(recall => new DueRecall(
                recall.ServiceName,
                format.Date(recall.DueDate),
                recall.DueDate < clock.Today,
                // A member's recall books for them.
                access.Member(recall.PatientId) is { } member ? $"{links.BookingSearchPath(recall.ServiceId)}&for={member.Id}" : links.BookingSearchPath(recall.ServiceId),
                FamilyMemberName.Of(access.Member(recall.PatientId))))
            .ToList();
    }
}
