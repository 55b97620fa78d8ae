using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Messaging;

/// <summary>
/// Base of the webhooks Twilio posts to (form-encoded, outside the JSON APIs and their documents). Only a request
/// signed by Twilio reaches an action (<see cref="TwilioSignedAttribute"/>); anything else gets 403 and changes nothing.
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
[TwilioSigned]
[SecurityHeaders]
[RequestSizeLimit(PublicApiControllerBase.MaxBodyBytes)]
[Consumes("application/x-www-form-urlencoded")]
[ProducesResponseType(StatusCodes.Status403Forbidden)]
public abstract class TwilioWebhookControllerBase : ControllerBase
{
    /// <summary>The one value of a form field, or null when it is missing or empty.</summary>
    protected string? Field(string name) => Request.Form[name].ToString() is { Length: > 0 } value ? value : null;
}
