using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PatientPortal.Web.Common;

/// <summary>Any other address under the portal: a page that says so and where to go, not a bare 404.</summary>
[Route(PatientPortalRoutes.Pages)]
public sealed class PageNotFoundController : PatientPortalPageController
{
    // Attribute routes with a catch-all are tried after every more specific one, so this never shadows a real page.
    [HttpGet("{**path:regex(^(?!api(/|$)))}", Order = int.MaxValue)] // the JSON API keeps its own bare 404
    public IActionResult NotFoundPage() => MessageView(
        new MessagePage(
            "Page not found",
            "There is no page at this address. If you typed it, check it; if you followed a link, it may be out of date. You can start again from your portal.",
            "Go to your portal",
            PatientPortalRoutes.HomePage),
        StatusCodes.Status404NotFound);
}
