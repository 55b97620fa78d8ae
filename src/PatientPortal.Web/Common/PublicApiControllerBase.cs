using Microsoft.AspNetCore.Mvc;

namespace PatientPortal.Web.Common;

/// <summary>
/// Base of the public JSON API for headless front ends. It accepts only JSON bodies (the JSON input formatter
/// answers 415 to anything else), which a cross-site form cannot send without a CORS preflight, so no
/// antiforgery token is needed; a call with no body (sign-out) needs the client's header instead
/// (<see cref="CrossSiteWriteGuardAttribute"/>). Headless front ends on another origin are the host's CORS
/// choice, so the origin is not checked here. No <c>[Consumes]</c>: as an action constraint it made a GET
/// without a content type match no action (404).
/// </summary>
[ApiController]
[Route(PatientPortalRoutes.PublicApi)]
[CrossSiteWriteGuard(sameOriginOnly: false)]
[SecurityHeaders]
[RefuseNullElements]
[RequestBodyProblems]
[RequestSizeLimit(MaxBodyBytes)]
public abstract class PublicApiControllerBase : ControllerBase
{
    /// <summary>A registration or a sign-in is a few hundred bytes; anonymous callers get no more than this.</summary>
    public const long MaxBodyBytes = 64 * 1024;
}
