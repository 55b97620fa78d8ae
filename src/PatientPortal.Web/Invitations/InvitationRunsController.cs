using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Invitations;

/// <summary>Bulk "Invite to patient portal": dry run, start, and progress of durable runs.</summary>
public sealed class InvitationRunsController(BulkInvitationService bulkInvitations) : InvitationControllerBase
{
    public const int MaximumItemsPage = 1000;

    /// <summary>Counts what a run would do (invite, reset, each skip reason, shared contacts) and sends nothing.</summary>
    [HttpPost("invitation-runs/dry-run")]
    [ProducesResponseType<DryRunResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> DryRun(InvitationRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await bulkInvitations.DryRunAsync(request.ToSelection(), cancellationToken);
        return result.Succeeded ? Ok(DryRunResponse.From(result.Value!)) : this.ToProblem(result.Failure!);
    }

    /// <summary>Starts a run in the background: 202 with its id; poll GET invitation-runs/{id} for progress.</summary>
    [HttpPost("invitation-runs")]
    [ProducesResponseType<InvitationRunResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Start(InvitationRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await bulkInvitations.StartAsync(request.ToSelection(), Actor, cancellationToken);
        return result.Succeeded
            ? Accepted($"/{PatientPortalRoutes.ManagementApi}/invitation-runs/{result.Value!.Id}", InvitationRunResponse.From(result.Value))
            : this.ToProblem(result.Failure!);
    }

    /// <summary>Progress (done / total), outcome counts, delivery status of the run's messages, and a page of per-patient outcomes.</summary>
    [HttpGet("invitation-runs/{id:guid}")]
    [ProducesResponseType<InvitationRunProgressResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(Guid id, [FromQuery] int skip = 0, [FromQuery] int take = 100, CancellationToken cancellationToken = default)
    {
        var result = await bulkInvitations.GetAsync(id, Math.Max(0, skip), Math.Clamp(take, 0, MaximumItemsPage), cancellationToken);
        return result.Succeeded ? Ok(InvitationRunProgressResponse.From(result.Value!)) : this.ToProblem(result.Failure!);
    }

    [HttpGet("invitation-runs")]
    [ProducesResponseType<IReadOnlyList<InvitationRunResponse>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<InvitationRunResponse>> List(CancellationToken cancellationToken) =>
        (await bulkInvitations.ListRecentAsync(50, cancellationToken)).Select(InvitationRunResponse.From).ToList();
}
