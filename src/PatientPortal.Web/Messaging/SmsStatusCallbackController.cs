using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Messaging;

/// <summary>Twilio's status callback for the texts we send.</summary>
public sealed class SmsStatusCallbackController(DeliveryReports deliveryReports) : TwilioWebhookControllerBase
{
    [HttpPost(PatientPortalRoutes.SmsStatusCallback)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Report(CancellationToken cancellationToken)
    {
        var reported = Map(Field("MessageStatus") ?? string.Empty);
        if (Field("MessageSid") is { } sid && reported is { } status)
        {
            await deliveryReports.RecordSmsAsync(sid, status, Field("ErrorCode"), cancellationToken);
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
