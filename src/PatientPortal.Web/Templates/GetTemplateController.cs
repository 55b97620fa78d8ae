using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;

namespace PatientPortal.Web.Templates;

public sealed class GetTemplateController(TemplateService templates) : TemplateControllerBase
{
    [HttpGet(Route)]
    [ProducesResponseType<TemplateResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Get(TemplatePurpose purpose, MessageChannel channel, CancellationToken cancellationToken) =>
        ToResponse(await templates.GetAsync(purpose, channel, cancellationToken));
}
