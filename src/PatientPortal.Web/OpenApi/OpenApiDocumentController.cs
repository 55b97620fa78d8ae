using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.OpenApi;

/// <summary>
/// Serves <see cref="PatientPortalOpenApi.DocumentName"/> to staff with the section, as the API itself: a controller,
/// so that Umbraco's own controller mapping serves it and no host maps anything.
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(Policy = BackOfficePolicy.Name)]
[Authorize(Policy = PatientPortalPolicies.SectionAccess)]
[SecurityHeaders]
public sealed class OpenApiDocumentController : ControllerBase
{
    [HttpGet("/" + PatientPortalOpenApi.DocumentPath)]
    public async Task<IActionResult> Get(CancellationToken cancellationToken)
    {
        var provider = HttpContext.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(PatientPortalOpenApi.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        return Content(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken), "application/json");
    }
}
