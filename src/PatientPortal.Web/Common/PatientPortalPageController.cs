using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PatientPortal.Web.Common;

/// <summary>Base of the server-rendered public pages: antiforgery on every form, security headers, friendly errors.</summary>
[Authorize(Policy = PatientAuthentication.PagesPolicy)]
[ValidateFormAntiforgery]
[SecurityHeaders]
[ApiExplorerSettings(IgnoreApi = true)]
public abstract class PatientPortalPageController : Controller
{
    protected ViewResult MessageView(MessagePage page, int statusCode = StatusCodes.Status200OK) => View(PatientPortalViews.Message, page, statusCode);

    /// <summary>A form shown again with what was wrong: 400, so scripts and tests see the refusal too.</summary>
    protected ViewResult Refused(string viewName, object model) => View(viewName, model, StatusCodes.Status400BadRequest);

    /// <summary>A form shown again because it was sent too often: 429, with when to come back when it is known.</summary>
    protected ViewResult TooOften(string viewName, object model, TimeSpan? retryAfter)
    {
        if (retryAfter is { } wait)
        {
            FailureResults.SetRetryAfter(Response, wait);
        }

        return View(viewName, model, StatusCodes.Status429TooManyRequests);
    }

    private ViewResult View(string viewName, object model, int statusCode)
    {
        var result = View(viewName, model);
        result.StatusCode = statusCode;
        return result;
    }
}
