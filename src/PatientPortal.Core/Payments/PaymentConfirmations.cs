using Microsoft.Extensions.Logging;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Payments;

/// <summary>
/// Records a payment the provider confirmed and, when it is the amount due, marks its appointment paid: the only
/// place an appointment becomes paid in the portal (the return from the provider's page never does). A notice seen
/// before (the provider retries, or someone replays it) finds its payment and changes nothing.
/// </summary>
public sealed class PaymentConfirmations(
    IPaymentRepository payments,
    IUnitOfWork unitOfWork,
    IAuditLog audit,
    PracticeClock clock,
    ILogger<PaymentConfirmations> logger)
{
    public async Task<PaymentOutcome> RecordAsync(ConfirmedPayment confirmed, string expectedCurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        if (await payments.FindByReferenceAsync(confirmed.Provider, confirmed.ProviderReference, cancellationToken) is { } known)
        {
            logger.LogInformation("Payment {Reference} was recorded before; the repeated notice changes nothing.", LogValue.Safe(confirmed.ProviderReference));
            return known.Outcome;
        }

        var appointment = confirmed.AppointmentId is { } id ? await payments.FindAppointmentAsync(id, cancellationToken) : null;
        var amountDue = appointment is null ? (decimal?)null : appointment.Paid ? 0m : appointment.Amount;
        var outcome = appointment switch
        {
            null => PaymentOutcome.UnknownAppointment,
            { Paid: true } => PaymentOutcome.AlreadyPaid,
            _ when confirmed.Amount != appointment.Amount || !string.Equals(confirmed.Currency, expectedCurrency, StringComparison.OrdinalIgnoreCase) => PaymentOutcome.AmountMismatch,
            _ => PaymentOutcome.Settled,
        };

        var now = clock.UtcNow;
        var payment = Payment.Record(confirmed, appointment?.PatientId, amountDue, outcome, now);
        payments.Add(payment);
        if (outcome == PaymentOutcome.Settled)
        {
            appointment!.MarkPaid();
        }

        audit.Record(
            $"payments:{confirmed.Provider.ToLowerInvariant()}",
            outcome == PaymentOutcome.Settled ? "payment.received" : "payment.needs-attention",
            "appointment",
            confirmed.AppointmentId,
            $"{outcome}: {confirmed.Amount} {payment.Currency} under {confirmed.ProviderReference}" + (amountDue is { } due ? $"; {due} {expectedCurrency.ToUpperInvariant()} was due" : string.Empty));

        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (UniqueConstraintViolationException)
        {
            // The same notice delivered twice at once: the other request recorded it.
            logger.LogInformation("Payment {Reference} was recorded by a concurrent notice.", LogValue.Safe(confirmed.ProviderReference));
            return outcome;
        }

        if (outcome != PaymentOutcome.Settled)
        {
            logger.LogWarning(
                "Payment {Reference} of {Amount} {Currency} for appointment {AppointmentId} needs attention: {Outcome}.",
                LogValue.Safe(confirmed.ProviderReference), confirmed.Amount, LogValue.Safe(payment.Currency), confirmed.AppointmentId, outcome);
        }

        return outcome;
    }
}
