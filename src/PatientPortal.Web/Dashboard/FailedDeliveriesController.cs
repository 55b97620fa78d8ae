using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Web.Dashboard;

public sealed record FailedDeliveriesResponse(int Count);

public sealed class FailedDeliveriesController(IOutboxRepository outbox) : DashboardControllerBase
{
    /// <summary>How many messages gave up or may have gone and wait for someone (listed by GET messages?status=Failed&amp;status=PossiblySent).</summary>
    [HttpGet("dashboard/failed-deliveries")]
    [ProducesResponseType<FailedDeliveriesResponse>(StatusCodes.Status200OK)]
    public async Task<FailedDeliveriesResponse> Get(CancellationToken cancellationToken) =>
        new(await outbox.CountInStatusAsync(FailedMessages.NeedingAttention, cancellationToken));
}
