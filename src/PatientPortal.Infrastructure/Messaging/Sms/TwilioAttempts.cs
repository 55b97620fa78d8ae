using System.Net;
using Polly.Timeout;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// What a failed call to Twilio says about the text it carried. Twilio has no idempotency key: a 5xx, a timeout or a
/// connection lost once the request has gone may come after Twilio created the message, so only a 429 and a
/// connection that never opened mean it was surely not sent. One rule for the HTTP pipeline's retries and the
/// sender's outcome.
/// </summary>
internal static class TwilioAttempts
{
    /// <summary>Twilio refused it for now and took nothing (a 429).</summary>
    public static bool IsSurelyNotTaken(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests;

    /// <summary>An answer that leaves it unknown whether Twilio took it (a 5xx: Twilio's own or a proxy's).</summary>
    public static bool IsOutcomeUnknown(HttpStatusCode status) => (int)status >= 500;

    /// <summary>The request never left: no turn at the sender's rate, or no connection (refused, DNS, TLS, a proxy tunnel).</summary>
    public static bool NeverLeft(Exception exception) =>
        exception is SendTurnNotTakenException or HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
        };

    /// <summary>
    /// Whether the pipeline may send this request again. A read (the lookup) may always be repeated; a create only
    /// when Twilio surely took nothing.
    /// </summary>
    public static bool MayRepeat(HttpRequestMessage? request, HttpResponseMessage? response, Exception? exception)
    {
        var isRead = request?.Method == HttpMethod.Get;
        return (response, exception) switch
        {
            ({ } answer, _) => IsSurelyNotTaken(answer.StatusCode) || (isRead && IsOutcomeUnknown(answer.StatusCode)),
            (_, { } failure) when NeverLeft(failure) => true,
            (_, HttpRequestException or TimeoutRejectedException) => isRead,
            _ => false,
        };
    }
}
