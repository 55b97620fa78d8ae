using PatientPortal.Core.Common;

namespace PatientPortal.Core.Payments;

/// <summary>
/// A hosted payment page we send the patient to (Stripe Checkout first), and the signed notices it sends back. <see cref="OnlinePayments"/>
/// says whether one is enabled.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>Stored with each payment ("Stripe").</summary>
    string Name { get; }

    /// <summary>Configured and switched on; a provider that is not takes no payment and is not offered.</summary>
    bool Enabled { get; }

    /// <summary>The site its payment pages are on; the pages that send patients there must allow it as a form's target.</summary>
    Uri PageOrigin { get; }

    /// <summary>The currency it charges in (ISO 4217, upper case); a payment in another is not the amount due.</summary>
    string Currency { get; }

    /// <summary>Starts a payment on the provider's page; a Failure when the provider refused it or could not be reached.</summary>
    Task<Result<CheckoutStarted>> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Reads a webhook after checking its signature with the provider's own library. Invalid when it is unsigned, badly
    /// signed, too old or not readable; a notice with no payment for events that do not confirm one.
    /// </summary>
    Result<PaymentNotice> ReadNotice(string payload, string? signature);
}

/// <param name="Description">What the patient sees on the provider's page ("Video GP consultation, Tuesday 1 September 2026 at 10:00").</param>
/// <param name="SuccessUrl">Where the provider sends the patient after paying; the page waits for the notice before saying paid.</param>
/// <param name="CancelUrl">Where the provider sends a patient who gave up; nothing has changed.</param>
public sealed record CheckoutRequest(Guid AppointmentId, Guid PatientId, decimal Amount, string Description, string? Email, Uri SuccessUrl, Uri CancelUrl);

/// <param name="RedirectUrl">The provider's page to send the browser to.</param>
/// <param name="ProviderReference">The provider's id of this checkout; its payment is recorded under it.</param>
public sealed record CheckoutStarted(Uri RedirectUrl, string ProviderReference);

/// <summary>A verified webhook: the payment it confirms, or null for events that confirm none (yet).</summary>
public sealed record PaymentNotice(ConfirmedPayment? Payment);
