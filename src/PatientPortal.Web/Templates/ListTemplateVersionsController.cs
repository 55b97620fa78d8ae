using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Templates;

public sealed class ListTemplateVersionsController(TemplateService templates) : TemplateControllerBase
{
    /// <summary>Every saved text of the template, newest first: who saved it, when, and a note for reverts.</summary>
    [HttpGet(Route + "/versions")]
    [ProducesResponseType<IReadOnlyList<TemplateVersionResponse>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> List(TemplatePurpose purpose, MessageChannel channel, CancellationToken cancellationToken)
    {
        var result = await templates.VersionsAsync(purpose, channel, cancellationToken);
        return result.Succeeded ? Ok(result.Value!.Select(TemplateVersionResponse.From).ToList()) : this.ToProblem(result.Failure!);
    }
}
