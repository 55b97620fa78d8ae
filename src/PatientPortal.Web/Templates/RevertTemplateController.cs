using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;

namespace PatientPortal.Web.Templates;

public sealed class RevertTemplateController(TemplateService templates) : TemplateControllerBase
{
    /// <summary>Makes an earlier version's text current again, as a new version noted "Reverted to version N".</summary>
    [HttpPost(Route + "/versions/{version:int}/revert")]
    [ProducesResponseType<TemplateResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Revert(TemplatePurpose purpose, MessageChannel channel, int version, [FromBody] RevertTemplateRequest? request, CancellationToken cancellationToken) =>
        ToResponse(await templates.RevertAsync(purpose, channel, version, request?.ExpectedVersion, Actor, cancellationToken));
}
