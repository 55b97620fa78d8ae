using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Common;

/// <summary>
/// Base of the backoffice (management) API: Umbraco's route prefix, the host's backoffice sign-in and the Patient
/// Portal section; each endpoint also names the permission it needs (<see cref="PatientPortalPolicies"/>). State-changing calls
/// only from this site, with a JSON body or the client's header (<see cref="CrossSiteWriteGuardAttribute"/>).
/// </summary>
[ApiController]
[Route(PatientPortalRoutes.ManagementApi)]
[Authorize(Policy = BackOfficePolicy.Name)]
[Authorize(Policy = PatientPortalPolicies.SectionAccess)]
[RefuseNullElements]
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
[SecurityHeaders]
[CrossSiteWriteGuard(sameOriginOnly: true)]
[RequestBodyProblems]
[RequestSizeLimit(MaxBodyBytes)]
public abstract class ManagementApiControllerBase : ControllerBase
{
    /// <summary>Far above any chargeband, template or run request; imports set their own, larger limit on each action.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    /// <summary>Who did it, for the log of admin actions: the user's name, their key recorded beside it.</summary>
    protected string Actor => HttpContext.RequestServices.GetRequiredService<BackOfficeActors>().Of(User);
}
