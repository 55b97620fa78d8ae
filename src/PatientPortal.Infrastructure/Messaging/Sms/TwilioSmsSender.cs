using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// Sends a text through Twilio's helper library (<see cref="MessageResource"/> over our <see cref="ITwilioRestClient"/>).
/// Retries of what surely did not reach Twilio (429, no connection) happen in the HTTP pipeline under it (see
/// <see cref="SmsServiceCollectionExtensions"/>); here each answer, or the library's exception for it, becomes an
/// <see cref="SmsSendResult"/>: a 5xx or a timeout is <see cref="SmsSendOutcome.OutcomeUnknown"/> (see <see cref="TwilioAttempts"/>).
/// </summary>
internal sealed class TwilioSmsSender(ITwilioRestClient client, IOptions<TwilioOptions> options, ILogger<TwilioSmsSender> logger) : ISmsSender
{
    /// <summary>Twilio's bounds for <c>ValidityPeriod</c>, in seconds.</summary>
    private const int MinimumValidity = 1;
    private const int MaximumValidity = 36_000;

    public async Task<SmsSendResult> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return new SmsSendResult(SmsSendOutcome.Rejected, Error: "SMS is not configured (PatientPortal:Twilio:Enabled is false).");
        }

        using var wait = TwilioSendWait.CancelledBy(cancellationToken);
        try
        {
            // The library takes no cancellation token: a call that has started finishes (within the request
            // timeout), so a stopping worker never abandons a text Twilio may already have accepted.
            var created = await MessageResource.CreateAsync(Options(message, settings), client);
            return new SmsSendResult(SmsSendOutcome.Accepted, ProviderMessageId: created.Sid);
        }
        catch (ApiException exception)
        {
            return Refused(exception, StatusOf(exception));
        }
        catch (ApiConnectionException exception) when (exception.InnerException is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // The library wraps the end of the wait for the text's turn: it never left.
            throw new OperationCanceledException("Stopped while the text waited for its turn at the sender's rate.", exception, cancellationToken);
        }
        catch (ApiConnectionException exception)
        {
            var cause = exception.InnerException ?? exception;
            if (TwilioAttempts.NeverLeft(cause))
            {
                logger.LogWarning(cause, "Twilio could not be reached");
                return new SmsSendResult(SmsSendOutcome.TransientFailure, Error: cause.Message);
            }

            logger.LogWarning(cause, "Twilio did not answer a text it may have taken");
            return new SmsSendResult(SmsSendOutcome.OutcomeUnknown, Error: $"No answer from Twilio: {cause.Message}");
        }
    }

    private static CreateMessageOptions Options(SmsMessage message, TwilioOptions settings)
    {
        var options = new CreateMessageOptions(new PhoneNumber(message.To)) { Body = message.Body, StatusCallback = message.StatusCallback };
        if (settings.From is { Length: > 0 } from)
        {
            options.From = new PhoneNumber(from);
        }
        else
        {
            options.MessagingServiceSid = settings.MessagingServiceSid;
        }

        if (message.ValidFor is { } validFor)
        {
            // Whole seconds, rounded down: a text never outlives what it carries.
            options.ValidityPeriod = (int)Math.Clamp(Math.Floor(validFor.TotalSeconds), MinimumValidity, MaximumValidity);
        }

        return options;
    }

    /// <summary>
    /// The HTTP status of a refusal. The library leaves it 0 when the body was not Twilio's JSON (a proxy's
    /// HTML error page); the response it last read still has it.
    /// </summary>
    private int StatusOf(ApiException exception) =>
        exception.Status != 0 ? exception.Status : client.HttpClient.LastResponse is { } response ? (int)response.StatusCode : 0;

    private static SmsSendResult Refused(ApiException exception, int status)
    {
        var code = exception.Code == 0 ? null : exception.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var error = string.IsNullOrEmpty(exception.Message) ? $"HTTP {status}" : exception.Message;
        if (TwilioAttempts.IsSurelyNotTaken((HttpStatusCode)status))
        {
            return new SmsSendResult(SmsSendOutcome.TransientFailure, ErrorCode: code, Error: error);
        }

        if (TwilioAttempts.IsOutcomeUnknown((HttpStatusCode)status))
        {
            return new SmsSendResult(SmsSendOutcome.OutcomeUnknown, ErrorCode: code, Error: error);
        }

        return code == DeliveryReports.OptedOutErrorCode
            ? new SmsSendResult(SmsSendOutcome.OptedOut, ErrorCode: code, Error: error)
            : new SmsSendResult(SmsSendOutcome.Rejected, ErrorCode: code, Error: error);
    }
}
