using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Messaging;

/// <summary>Twilio's inbound-message webhook: a patient's STOP or START reaches every patient on that number.</summary>
public sealed class SmsInboundController(SmsReplies replies) : TwilioWebhookControllerBase
{
    /// <summary>Empty TwiML: we never answer a text; Twilio confirms the keywords itself.</summary>
    private const string NoReply = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    [HttpPost(PatientPortalRoutes.SmsInbound)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<IActionResult> Receive(CancellationToken cancellationToken)
    {
        if (Field("From") is { } from)
        {
            await replies.ReceiveAsync(from, Field("Body"), Field("OptOutType"), cancellationToken);
        }

        return Content(NoReply, "text/xml");
    }
}
