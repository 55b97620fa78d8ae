using PatientPortal.Core.Appointments;
using PatientPortal.Core.Recalls;

namespace PatientPortal.Core.Messaging;

/// <summary>An appointment with what its messages print and where its links go.</summary>
/// <param name="PortalBaseUrl">The member portal the appointment's member is connected to; null for the practice's own.</param>
public sealed record AppointmentSubject(Appointment Appointment, string ServiceName, string? PortalBaseUrl);

/// <summary>A recall with the name of the service it is for.</summary>
public sealed record RecallSubject(Recall Recall, string ServiceName);

/// <summary>
/// The appointments and recalls that messages are about: read when a message is written, and marked (once,
/// atomically) when a message about them is queued, so a trigger that fires twice queues one message.
/// </summary>
public interface IMessageSubjects
{
    Task<AppointmentSubject?> FindAppointmentAsync(Guid appointmentId, CancellationToken cancellationToken);

    Task<RecallSubject?> FindRecallAsync(Guid recallId, CancellationToken cancellationToken);

    /// <summary>Of these appointments, the ones that need a payment-in-advance message and have not been sent one.</summary>
    Task<IReadOnlyList<Appointment>> AwaitingPaymentRequestAsync(IReadOnlyCollection<Guid> appointmentIds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Every appointment still due a payment-in-advance message that never got one (a listener that failed
    /// after an import committed): the catch-up run sends them.
    /// </summary>
    Task<IReadOnlyList<Guid>> MissedPaymentRequestsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks the payment request as queued; false when someone else marked it first.</summary>
    Task<bool> TryMarkPaymentRequestedAsync(Guid appointmentId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Recalls not yet sent whose due date lies in [<paramref name="from"/>, <paramref name="to"/>], oldest first.</summary>
    Task<IReadOnlyList<Recall>> DueRecallsAsync(DateOnly from, DateOnly to, int take, CancellationToken cancellationToken);

    /// <summary>Marks the recall as sent; false when someone else marked it first.</summary>
    Task<bool> TryMarkRecallNotifiedAsync(Guid recallId, DateTimeOffset now, CancellationToken cancellationToken);
}
