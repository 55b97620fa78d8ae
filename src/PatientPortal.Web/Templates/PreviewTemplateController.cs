using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Templates;

public sealed class PreviewTemplateController(TemplatePreviewService previews) : TemplateControllerBase
{
    /// <summary>
    /// Renders the given (or stored) text for a sample patient or a chosen one. Sends nothing and creates no
    /// invitation: TRD tokens render with a sample link that cannot be used. An SMS preview reports its
    /// characters, encoding (Gsm7 or Ucs2) and segments; an email preview its subject, HTML and text part.
    /// </summary>
    [HttpPost(Route + "/preview")]
    [ProducesResponseType<TemplatePreviewResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Preview(TemplatePurpose purpose, MessageChannel channel, PreviewTemplateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await previews.PreviewAsync(purpose, channel, request.ToCommand(), cancellationToken);
        return result.Succeeded ? Ok(TemplatePreviewResponse.From(result.Value!)) : this.ToProblem(result.Failure!);
    }
}
