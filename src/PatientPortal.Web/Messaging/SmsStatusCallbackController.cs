using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Infrastructure.Messaging.Sms;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Messaging;

/// <summary>
/// Twilio's status callback for the texts we send. Only a request signed with our auth token
/// (<c>X-Twilio-Signature</c>) is believed; anything else gets 403 and changes nothing.
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SmsStatusCallbackController(DeliveryReports deliveryReports, IPortalLinks links, IOptions<TwilioOptions> twilio) : ControllerBase
{
    [HttpPost(PatientPortalRoutes.SmsStatusCallback)]
    [Consumes("application/x-www-form-urlencoded")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<IActionResult> Report(CancellationToken cancellationToken)
    {
        var form = await Request.ReadFormAsync(cancellationToken);
        var parameters = form.SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string>(field.Key, value ?? string.Empty))).ToList();
        // Signed over the URL we gave Twilio, not the one this request arrived on (proxies rewrite hosts and schemes).
        var signature = Request.Headers["X-Twilio-Signature"].ToString();
        if (string.IsNullOrEmpty(twilio.Value.AuthToken)
            || !TwilioRequestSignature.IsValid(twilio.Value.AuthToken, links.SmsStatusCallback().AbsoluteUri, parameters, signature))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var sid = form["MessageSid"].ToString();
        var reported = Map(form["MessageStatus"].ToString());
        var errorCode = form["ErrorCode"].ToString() is { Length: > 0 } code ? code : null;
        if (sid.Length > 0 && reported is { } status)
        {
            await deliveryReports.RecordSmsAsync(sid, status, errorCode, cancellationToken);
        }

        return NoContent();
    }

    /// <summary>Twilio's message states as ours; in-between states (queued, sending) change nothing.</summary>
    private static MessageStatus? Map(string twilioStatus) => twilioStatus.ToLowerInvariant() switch
    {
        "sent" => MessageStatus.Sent,
        "delivered" or "read" => MessageStatus.Delivered,
        "undelivered" or "failed" or "canceled" => MessageStatus.Failed,
        _ => null,
    };
}
