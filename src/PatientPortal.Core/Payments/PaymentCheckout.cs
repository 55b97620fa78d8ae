using Microsoft.Extensions.Logging;
using PatientPortal.Core.Common;
using PatientPortal.Core.Portal;

namespace PatientPortal.Core.Payments;

/// <summary>
/// Sends a signed-in patient to the provider's page to pay an appointment. The caller has checked that the patient
/// may act for the appointment; nothing is saved here: only the provider's signed notice records a payment.
/// </summary>
public sealed class PaymentCheckout(OnlinePayments online, ILogger<PaymentCheckout> logger)
{
    public async Task<Result<CheckoutStarted>> StartAsync(PortalAppointment appointment, string? email, string description, Uri successUrl, Uri cancelUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        if (online.Provider is not { } provider)
        {
            return Failure.Conflict("Payments cannot be taken online.");
        }

        if (appointment.AmountDue <= 0)
        {
            return Failure.Conflict("There is nothing to pay for this appointment.");
        }

        var started = await provider.StartCheckoutAsync(
            new CheckoutRequest(appointment.Id, appointment.PatientId, appointment.AmountDue, description, email, successUrl, cancelUrl),
            cancellationToken);
        if (started.Succeeded)
        {
            logger.LogInformation("Checkout {Reference} started for appointment {AppointmentId}.", LogValue.Safe(started.Value!.ProviderReference), appointment.Id);
        }

        return started;
    }
}
