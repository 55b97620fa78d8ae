using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Portal.MyDetails;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal.MyDetails;

/// <summary>
/// The link sent to a new email address. Whoever can read that mailbox confirms it, signed in or not, with a button:
/// opening the link (GET) only moves its token into a cookie, because mail scanners fetch links.
/// </summary>
[Route(PatientPortalRoutes.Pages + "/confirm-email-change")]
public sealed class ConfirmEmailChangeController(ContactDetails contactDetails) : PatientPortalPageController
{
    private static readonly LinkTokenCookie Cookie = new("PatientPortal.EmailChange", PatientPortalRoutes.ConfirmEmailChangePage);

    [HttpGet("")]
    public IActionResult Open([FromQuery] string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            Cookie.Keep(HttpContext, token);
            return Redirect(PatientPortalRoutes.ConfirmEmailChangePage);
        }

        return Cookie.IsKept(HttpContext)
            ? View(PatientPortalViews.ConfirmEmailChange)
            : MessageView(InvalidLink(), StatusCodes.Status400BadRequest);
    }

    [HttpPost("")]
    [RateLimited]
    public async Task<IActionResult> Confirm(CancellationToken cancellationToken)
    {
        var result = await contactDetails.ConfirmEmailAsync(Cookie.Take(HttpContext), cancellationToken);
        if (!result.Succeeded)
        {
            return MessageView(InvalidLink(), StatusCodes.Status400BadRequest);
        }

        var signedInHere = PatientAuthentication.PatientId(User) == result.Value!.PatientId;
        return MessageView(new MessagePage(
            "Your email address is changed",
            $"From now on you sign in with {result.Value.Email}, and that is where we send your emails.",
            signedInHere ? "Back to my details" : "Sign in",
            signedInHere ? PatientPortalRoutes.MyDetailsPage : PatientPortalRoutes.SignInPage));
    }

    private static MessagePage InvalidLink() =>
        new("This link does not work", ContactDetails.InvalidLinkMessage, "Go to sign in", PatientPortalRoutes.SignInPage);
}
