using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Appointments;

/// <summary>
/// TRD104's trigger: a video consultation booked offline with mandatory payment asks the patient to pay in
/// advance, once per appointment. The appointment is marked with a conditional update in the same
/// transaction as its messages, so an import sent twice (or two servers at once) queues one set.
/// </summary>
public sealed class PaymentInAdvanceRequests(
    IMessageSubjects subjects,
    IPatientRepository patients,
    PatientMessageQueue queue,
    IUnitOfWork unitOfWork,
    PracticeClock clock) : IAppointmentsChanged
{
    public async Task AppointmentsChangedAsync(IReadOnlyCollection<Guid> appointmentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointmentIds);
        var now = clock.UtcNow;
        foreach (var appointment in await subjects.AwaitingPaymentRequestAsync(appointmentIds, now, cancellationToken))
        {
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            if (!await subjects.TryMarkPaymentRequestedAsync(appointment.Id, now, cancellationToken)
                || await patients.FindAsync(appointment.PatientId, cancellationToken) is not { } patient)
            {
                await transaction.CommitAsync(cancellationToken);
                continue;
            }

            // Written when sent: by then the patient may have an account, and the invitation is made only then.
            var context = new MessageContext(MessagePurpose.PaymentInAdvance, patient.Id, AppointmentId: appointment.Id);
            queue.Add(patient, context, "payment-in-advance.requested", "appointment", appointment.Id, now);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Sends what a failed listener missed; run periodically. Answers how many appointments it looked at.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var missed = await subjects.MissedPaymentRequestsAsync(clock.UtcNow, cancellationToken);
        foreach (var slice in missed.Chunk(500))
        {
            await AppointmentsChangedAsync(slice, cancellationToken);
        }

        return missed.Count;
    }
}
