using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;

namespace PatientPortal.Web.Templates;

public sealed class SaveTemplateController(TemplateService templates) : TemplateControllerBase
{
    /// <summary>
    /// Saves a new text as a new version. A refused text answers 400: <c>errors</c> keyed by field
    /// (<c>subject</c>, <c>body</c>) with messages such as "Line 3, column 12: …", and <c>problems</c>, the same
    /// with <c>field</c>, <c>line</c>, <c>column</c>, <c>kind</c> and <c>message</c> for editors to mark the place.
    /// A save over a version newer than <c>expectedVersion</c> answers 409.
    /// </summary>
    [HttpPut(Route)]
    [ProducesResponseType<TemplateResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Save(TemplatePurpose purpose, MessageChannel channel, SaveTemplateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ToResponse(await templates.SaveAsync(purpose, channel, request.ToCommand(), Actor, cancellationToken));
    }
}
