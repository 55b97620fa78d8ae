using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging.Health;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Messaging;

[Authorize(Policy = PatientPortalPolicies.PatientData)]
[Tags("Messages")]
public sealed class DeliveryHealthController(DeliveryHealth health, TimeProvider timeProvider) : ManagementApiControllerBase
{
    /// <summary>
    /// Whether each channel is sending: failing when every try has failed for <c>Messaging:AlertAfterFailingFor</c>
    /// (10 minutes) or too many recent messages fail, with the last error, since when, what waits and whether the
    /// practice was alerted. It turns healthy again by itself once a message goes.
    /// </summary>
    [HttpGet("messages/health")]
    [ProducesResponseType<DeliveryHealthResponse>(StatusCodes.Status200OK)]
    public async Task<DeliveryHealthResponse> Get(CancellationToken cancellationToken) =>
        new(timeProvider.GetUtcNow(), (await health.ReportAsync(cancellationToken)).Select(ChannelHealthResponse.From).ToList());
}
