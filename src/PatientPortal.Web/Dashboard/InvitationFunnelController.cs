using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Invitations.Funnel;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Dashboard;

public sealed class InvitationFunnelController(InvitationFunnelReport report) : DashboardControllerBase
{
    /// <summary>
    /// The invitations created from <paramref name="from"/> to <paramref name="to"/> (practice dates, inclusive; by
    /// default the last 30 days; at most 366), per day in the practice's time zone, and how far they got: sent (a
    /// message carrying it was accepted by the SMTP server or Twilio), delivered (Twilio reported the SMS delivered;
    /// email has no delivery receipts, so an email accepted by the SMTP server counts as delivered), opened and
    /// completed. Each invitation counts on the day it was created, with all that happened to it since.
    /// </summary>
    /// <param name="from">First day, yyyy-mm-dd.</param>
    /// <param name="to">Last day, yyyy-mm-dd.</param>
    /// <param name="purpose">Only invitations of this purpose.</param>
    /// <param name="batchId">Only the invitations of this bulk run.</param>
    [HttpGet("dashboard/invitation-funnel")]
    [ProducesResponseType<InvitationFunnelResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Get([FromQuery] DateOnly? from, [FromQuery] DateOnly? to, [FromQuery] InvitationPurpose? purpose, [FromQuery] Guid? batchId, CancellationToken cancellationToken)
    {
        var result = await report.GetAsync(new FunnelQuery(from, to, purpose, batchId), cancellationToken);
        return result.Succeeded ? Ok(InvitationFunnelResponse.Of(result.Value!)) : this.ToProblem(result.Failure!);
    }
}
