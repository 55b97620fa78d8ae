using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using PatientPortal.Core.Common;
using PatientPortal.Core.Payments;
using Stripe;
using Stripe.Checkout;

namespace PatientPortal.Infrastructure.Payments;

/// <summary>
/// Stripe Checkout through Stripe.net: a Checkout Session (mode payment) per attempt, and its webhook read with
/// <see cref="EventUtility.ConstructEvent(string, string, string, long, long, bool)"/>, Stripe's own signature check.
/// </summary>
internal sealed class StripePaymentProvider(
    IOptions<StripeOptions> options,
    IHttpClientFactory httpClients,
    TimeProvider timeProvider,
    ILogger<StripePaymentProvider> logger) : IPaymentProvider
{
    public const string ProviderName = "Stripe";

    // Echoed back on the session (and its payment intent, for the dashboard), so a notice names its appointment.
    private const string AppointmentKey = "appointment_id";
    private const string PatientKey = "patient_id";

    public string Name => ProviderName;

    public bool Enabled => options.Value.Enabled;

    public string Currency => options.Value.Currency.ToUpperInvariant();

    public Uri PageOrigin => options.Value.CheckoutOrigin;

    public async Task<Result<CheckoutStarted>> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var metadata = new Dictionary<string, string>
        {
            [AppointmentKey] = request.AppointmentId.ToString(),
            [PatientKey] = request.PatientId.ToString(),
        };
        var create = new SessionCreateOptions
        {
            Mode = "payment",
            SuccessUrl = request.SuccessUrl.AbsoluteUri,
            CancelUrl = request.CancelUrl.AbsoluteUri,
            ClientReferenceId = request.AppointmentId.ToString(),
            CustomerEmail = request.Email,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = Currency.ToLowerInvariant(),
                        UnitAmount = decimal.ToInt64(decimal.Round(request.Amount * 100m, 0, MidpointRounding.AwayFromZero)),
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
        };

        try
        {
            var session = await new SessionService(Client()).CreateAsync(create, cancellationToken: cancellationToken);
            if (!Uri.TryCreate(session.Url, UriKind.Absolute, out var url) || string.IsNullOrEmpty(session.Id))
            {
                logger.LogError("Stripe answered a Checkout Session without a URL or id.");
                return Unavailable();
            }

            return new CheckoutStarted(url, session.Id);
        }
        catch (StripeException exception)
        {
            logger.LogError("Stripe refused a Checkout Session for appointment {AppointmentId}: {Status} {Code} {Message}",
                request.AppointmentId, (int)exception.HttpStatusCode, LogValue.Safe(exception.StripeError?.Code), LogValue.Safe(exception.Message));
            return Unavailable();
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Stripe could not be reached to start a Checkout Session for appointment {AppointmentId}.", request.AppointmentId);
            return Unavailable();
        }
    }

    public Result<PaymentNotice> ReadNotice(string payload, string? signature)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(settings.WebhookSigningSecret))
        {
            return Failure.Invalid("signature", "The notice is not signed.");
        }

        Event notice;
        try
        {
            // Not tied to the library's API version: only the few fields read below are used, and they are stable.
            notice = EventUtility.ConstructEvent(
                payload,
                signature,
                settings.WebhookSigningSecret,
                (long)settings.WebhookTolerance.TotalSeconds,
                timeProvider.GetUtcNow().ToUnixTimeSeconds(),
                throwOnApiVersionMismatch: false);
        }
        catch (Exception exception) when (exception is StripeException or JsonException or ArgumentException or FormatException)
        {
            logger.LogWarning("A Stripe notice was refused: {Reason}", LogValue.Safe(exception.Message));
            return Failure.Invalid("signature", "The notice's signature does not match it.");
        }

        if (notice.Type is not (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded)
            || notice.Data?.Object is not Session session)
        {
            return new PaymentNotice(null);
        }

        // A session completed with a payment still on its way (a bank debit) is confirmed by its async_payment_succeeded.
        if (!string.Equals(session.PaymentStatus, "paid", StringComparison.Ordinal) || session.AmountTotal is not { } total || string.IsNullOrEmpty(session.Currency))
        {
            return new PaymentNotice(null);
        }

        var appointment = session.ClientReferenceId ?? session.Metadata?.GetValueOrDefault(AppointmentKey);
        return new PaymentNotice(new ConfirmedPayment(
            ProviderName,
            session.Id,
            Guid.TryParse(appointment, CultureInfo.InvariantCulture, out var appointmentId) ? appointmentId : null,
            total / 100m,
            session.Currency.ToUpperInvariant()));
    }

    /// <summary>Stripe.net's client over one of ours from the factory, pointed at BaseUrl; it retries with idempotency keys itself.</summary>
    private StripeClient Client()
    {
        var settings = options.Value;
        return new StripeClient(new StripeClientOptions
        {
            ApiKey = settings.SecretKey,
            ApiBase = settings.BaseUrl.AbsoluteUri.TrimEnd('/'),
            HttpClient = new SystemNetHttpClient(httpClients.CreateClient(PaymentsServiceCollectionExtensions.HttpClientName), settings.MaxNetworkRetries),
        });
    }

    private static Failure Unavailable() =>
        new(OperationStatus.Conflict, "The payment page could not be opened.", new Dictionary<string, string[]>());
}
