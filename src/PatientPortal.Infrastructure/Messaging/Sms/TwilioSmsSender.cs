using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// A small typed client for Twilio's Messages API: form POST with basic auth. Retries for 429, 5xx and
/// timeouts happen in the HTTP pipeline (see <see cref="SmsServiceCollectionExtensions"/>); here each
/// answer becomes an <see cref="SmsSendResult"/>.
/// </summary>
internal sealed class TwilioSmsSender(HttpClient http, IOptions<TwilioOptions> options, TwilioSendRateLimiter rateLimiter, ILogger<TwilioSmsSender> logger) : ISmsSender
{
    public async Task<SmsSendResult> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return new SmsSendResult(SmsSendOutcome.Rejected, Error: "SMS is not configured (PatientPortal:Twilio:Enabled is false).");
        }

        using var lease = await rateLimiter.AcquireAsync(settings.Sender, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseUrl, $"2010-04-01/Accounts/{Uri.EscapeDataString(settings.AccountSid!)}/Messages.json"))
        {
            Content = new FormUrlEncodedContent(Fields(message, settings)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.AccountSid}:{settings.AuthToken}")));

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new SmsSendResult(SmsSendOutcome.Accepted, ProviderMessageId: Read(body, "sid"));
            }

            var code = Read(body, "code");
            var error = Read(body, "message") ?? $"HTTP {(int)response.StatusCode}";
            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                return new SmsSendResult(SmsSendOutcome.TransientFailure, ErrorCode: code, Error: error);
            }

            return code == DeliveryReports.OptedOutErrorCode
                ? new SmsSendResult(SmsSendOutcome.OptedOut, ErrorCode: code, Error: error)
                : new SmsSendResult(SmsSendOutcome.Rejected, ErrorCode: code, Error: error);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is HttpRequestException or TaskCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            logger.LogWarning(exception, "Twilio could not be reached");
            return new SmsSendResult(SmsSendOutcome.TransientFailure, Error: exception.Message);
        }
    }

    private static List<KeyValuePair<string, string>> Fields(SmsMessage message, TwilioOptions settings)
    {
        var fields = new List<KeyValuePair<string, string>> { new("To", message.To) };
        fields.Add(settings.From is { Length: > 0 } from ? new("From", from) : new("MessagingServiceSid", settings.MessagingServiceSid!));
        fields.Add(new("Body", message.Body));
        if (message.StatusCallback is not null)
        {
            fields.Add(new("StatusCallback", message.StatusCallback.AbsoluteUri));
        }

        return fields;
    }

    private static string? Read(string json, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null
                ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
