using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;
using PatientPortal.Web.Patients;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Messaging;

public sealed record RetriedMessageResponse(Guid MessageId, Guid? NewInvitationId);

/// <summary>
/// Deliveries needing attention: the messages in the statuses asked for (failed by default; <c>status=Failed&amp;status=PossiblySent</c>
/// for all that need attention), and sending a failed or possibly sent one again.
/// </summary>
[Authorize(Policy = PatientPortalPolicies.PatientData)]
[Tags("Messages")]
public sealed class MessagesController(IOutboxRepository outbox, IPatientRepository patients, FailedMessages failedMessages) : ManagementApiControllerBase
{
    [HttpGet("messages")]
    [ProducesResponseType<IReadOnlyList<MessageResponse>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<MessageResponse>> List([FromQuery] MessageStatus[]? status = null, [FromQuery] int skip = 0, [FromQuery] int take = 100, CancellationToken cancellationToken = default)
    {
        var messages = await outbox.ListByStatusAsync(status is { Length: > 0 } ? status : [MessageStatus.Failed], Math.Max(0, skip), Math.Clamp(take, 1, 500), cancellationToken);
        // Whose each message is, read in one query for the page.
        var ids = messages.Where(message => message.PatientId is not null).Select(message => message.PatientId!.Value).Distinct().ToList();
        var byId = (await patients.ReadManyAsync(ids, cancellationToken)).ToDictionary(patient => patient.Id);
        return messages.Select(message => MessageResponse.From(message, message.PatientId is { } id ? byId.GetValueOrDefault(id) : null)).ToList();
    }

    /// <summary>Sends a failed or possibly sent message again; one carrying an invitation link is resent as a fresh invitation.</summary>
    [HttpPost("messages/{id:guid}/retry")]
    [ProducesResponseType<RetriedMessageResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Retry(Guid id, CancellationToken cancellationToken)
    {
        var result = await failedMessages.RetryAsync(id, Actor, cancellationToken);
        return result.Succeeded ? Ok(new RetriedMessageResponse(result.Value!.MessageId, result.Value.NewInvitationId)) : this.ToProblem(result.Failure!);
    }
}
