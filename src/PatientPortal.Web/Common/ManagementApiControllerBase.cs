using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PatientPortal.Web.Common;

/// <summary>Base of the backoffice (management) API: Umbraco's route prefix and backoffice policy.</summary>
[ApiController]
[Route(PatientPortalRoutes.ManagementApi)]
[Authorize(Policy = BackOfficePolicy.Name)]
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType(StatusCodes.Status403Forbidden)]
[SecurityHeaders]
public abstract class ManagementApiControllerBase : ControllerBase
{
    /// <summary>Who did it, for the log of admin actions.</summary>
    protected string Actor => User.Identity?.Name ?? "unknown backoffice user";
}
