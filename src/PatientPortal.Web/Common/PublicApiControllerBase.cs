using Microsoft.AspNetCore.Mvc;

namespace PatientPortal.Web.Common;

/// <summary>
/// Base of the public JSON API for headless front ends. It accepts only JSON bodies, which a cross-site form
/// cannot send without a CORS preflight, so no antiforgery token is needed.
/// </summary>
[ApiController]
[Route(PatientPortalRoutes.PublicApi)]
[Consumes("application/json")]
[SecurityHeaders]
[RefuseNullElements]
public abstract class PublicApiControllerBase : ControllerBase;
