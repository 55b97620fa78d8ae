using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Templates;

public sealed class PreviewTemplateController(TemplatePreviewService previews, IAuthorizationService authorization) : TemplateControllerBase
{
    /// <summary>
    /// Renders the given (or stored) text for a sample patient or a chosen one. Sends nothing and creates no
    /// invitation: TRD tokens render with a sample link that cannot be used. An SMS preview reports its
    /// characters, encoding (Gsm7 or Ucs2) and segments; an email preview its subject, HTML and text part.
    /// A chosen patient's preview shows their details, so it also needs the patient-data permission.
    /// </summary>
    [HttpPost(Route + "/preview")]
    [ProducesResponseType<TemplatePreviewResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Preview(TemplatePurpose purpose, MessageChannel channel, PreviewTemplateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PatientId is not null && !(await authorization.AuthorizeAsync(User, PatientPortalPolicies.PatientData)).Succeeded)
        {
            return FailureResults.Refusal(StatusCodes.Status403Forbidden, "Previewing for a chosen patient needs the patient-data permission; preview with the sample patient instead.");
        }

        var result = await previews.PreviewAsync(purpose, channel, request.ToCommand(), cancellationToken);
        return result.Succeeded ? Ok(TemplatePreviewResponse.From(result.Value!)) : this.ToProblem(result.Failure!);
    }
}
