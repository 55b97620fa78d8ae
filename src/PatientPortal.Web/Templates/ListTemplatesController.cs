using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Templates;

namespace PatientPortal.Web.Templates;

public sealed class ListTemplatesController(TemplateService templates) : TemplateControllerBase
{
    /// <summary>Every template, one email and one SMS per purpose.</summary>
    [HttpGet("templates")]
    [ProducesResponseType<IReadOnlyList<TemplateResponse>>(StatusCodes.Status200OK)]
    public async Task<IActionResult> List(CancellationToken cancellationToken) =>
        Ok((await templates.ListAsync(cancellationToken)).Select(TemplateResponse.From).ToList());
}
