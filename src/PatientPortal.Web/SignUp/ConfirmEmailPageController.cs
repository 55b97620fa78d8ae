using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.SignUp;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignUp;

/// <summary>
/// The email-confirmation link. Opening it (GET) never uses it up, because mail scanners fetch links: the
/// token moves from the URL into a short-lived cookie, and the patient confirms with a button (POST).
/// </summary>
[Route(PatientPortalRoutes.Pages + "/confirm-email")]
public sealed class ConfirmEmailPageController(SignUpService signUp) : PatientPortalPageController
{
    private static readonly LinkTokenCookie Cookie = new("PatientPortal.Confirm", PatientPortalRoutes.ConfirmEmailPage);

    [HttpGet("")]
    public IActionResult Open([FromQuery] string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            Cookie.Keep(HttpContext, token);
            return Redirect(PatientPortalRoutes.ConfirmEmailPage);
        }

        return Cookie.IsKept(HttpContext)
            ? View(PatientPortalViews.ConfirmEmail, new ConfirmEmailPage(HasToken: true))
            : MessageView(SignUpMessages.InvalidLink(SignUpService.InvalidConfirmationLinkMessage), StatusCodes.Status400BadRequest);
    }

    [HttpPost("")]
    [RateLimited]
    public async Task<IActionResult> Confirm(CancellationToken cancellationToken)
    {
        var result = await signUp.ConfirmEmailAsync(Cookie.Take(HttpContext), cancellationToken);
        return result.Succeeded
            ? MessageView(SignUpMessages.Confirmed())
            : MessageView(SignUpMessages.InvalidLink(result.Failure!.Errors["token"][0]), StatusCodes.Status400BadRequest);
    }
}
