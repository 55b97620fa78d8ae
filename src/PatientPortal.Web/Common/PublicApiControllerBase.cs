using Microsoft.AspNetCore.Mvc;

namespace PatientPortal.Web.Common;

/// <summary>
/// Base of the public JSON API for headless front ends. It accepts only JSON bodies (the JSON input formatter
/// answers 415 to anything else), which a cross-site form cannot send without a CORS preflight, so no
/// antiforgery token is needed. No <c>[Consumes]</c> here: as an action constraint it made a GET without a
/// content type match no action (404).
/// </summary>
[ApiController]
[Route(PatientPortalRoutes.PublicApi)]
[SecurityHeaders]
public abstract class PublicApiControllerBase : ControllerBase;
