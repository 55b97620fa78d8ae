using Microsoft.AspNetCore.Mvc;

namespace PatientPortal.Web.Common;

/// <summary>Base of the server-rendered public pages: antiforgery on every form, security headers, friendly errors.</summary>
[ValidateFormAntiforgery]
[SecurityHeaders]
[ApiExplorerSettings(IgnoreApi = true)]
public abstract class PatientPortalPageController : Controller
{
    protected ViewResult MessageView(MessagePage page, int statusCode = 200)
    {
        var result = View(PatientPortalViews.Message, page);
        result.StatusCode = statusCode;
        return result;
    }
}
