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
    private const string CookieName = "PatientPortal.Confirm";

    [HttpGet("")]
    public IActionResult Open([FromQuery] string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                Secure = Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = PatientPortalRoutes.ConfirmEmailPage,
                MaxAge = TimeSpan.FromMinutes(30),
                IsEssential = true,
            });
            return Redirect(PatientPortalRoutes.ConfirmEmailPage);
        }

        return Request.Cookies.ContainsKey(CookieName)
            ? View(PatientPortalViews.ConfirmEmail, new ConfirmEmailPage(HasToken: true))
            : MessageView(SignUpMessages.InvalidLink(SignUpService.InvalidConfirmationLinkMessage), StatusCodes.Status400BadRequest);
    }

    [HttpPost("")]
    [RateLimited]
    public async Task<IActionResult> Confirm(CancellationToken cancellationToken)
    {
        var token = Request.Cookies[CookieName];
        Response.Cookies.Delete(CookieName, new CookieOptions { Path = PatientPortalRoutes.ConfirmEmailPage });
        var result = await signUp.ConfirmEmailAsync(token, cancellationToken);
        return result.Succeeded
            ? MessageView(SignUpMessages.Confirmed())
            : MessageView(SignUpMessages.InvalidLink(result.Failure!.Errors["token"][0]), StatusCodes.Status400BadRequest);
    }
}
