using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// Finds a text Twilio created although its call had no clear answer: the Messages to the number (Twilio's list
/// filters by the day it was sent, so the day of the first attempt), matched on what identifies ours, the exact body
/// (with its link) to that number, created by the API at or after the first attempt.
/// </summary>
internal sealed class TwilioSentSmsLookup(ITwilioRestClient client, IOptions<TwilioOptions> options, ILogger<TwilioSentSmsLookup> logger) : ISentSmsLookup
{
    /// <summary>Our clock and Twilio's may differ a little; the body and number identify the text, the time only bounds the search.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>A number gets few texts a day; more than this many is not a list to search by hand.</summary>
    private const int MaximumListed = 1000;

    public async Task<SentSmsLookupResult> FindAsync(string to, string body, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return SentSmsLookupResult.Failure("SMS is not configured (PatientPortal:Twilio:Enabled is false).");
        }

        var from = (since - ClockSkew).UtcDateTime;
        var read = new ReadMessageOptions { To = new PhoneNumber(to), DateSentAfter = from.Date, PageSize = 100, Limit = MaximumListed };
        try
        {
            // Later pages are read as the set is enumerated; a failure there is the lookup's failure too.
            var listed = await MessageResource.ReadAsync(read, client);
            var matches = listed
                .Where(message => message.Direction == MessageResource.DirectionEnum.OutboundApi
                    && string.Equals(message.To, to, StringComparison.Ordinal)
                    && string.Equals(message.Body, body, StringComparison.Ordinal)
                    && message.DateCreated is { } created && Utc(created) >= from)
                .OrderBy(message => message.DateCreated)
                .Select(message => message.Sid)
                .ToList();
            return matches.Count > 0 ? SentSmsLookupResult.Found(matches) : SentSmsLookupResult.None;
        }
        catch (Exception exception) when (exception is ApiException or ApiConnectionException)
        {
            logger.LogWarning(exception.InnerException ?? exception, "Twilio could not be asked whether a text was sent");
            return SentSmsLookupResult.Failure((exception.InnerException ?? exception).Message);
        }
    }

    /// <summary>The library parses Twilio's RFC 2822 dates into local or unspecified times.</summary>
    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
