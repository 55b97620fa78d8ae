using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Common;
using PatientPortal.Core.SignIn;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignIn;

/// <summary>"Forgotten your password?" as pages: the same answer whoever the contact belongs to.</summary>
[Route(PatientPortalRoutes.Pages)]
public sealed class ForgottenPasswordPagesController(ForgottenPassword forgottenPassword) : PatientPortalPageController
{
    [HttpGet("forgot-password")]
    public IActionResult Form() => View(PatientPortalViews.ForgottenPassword, new ForgottenPasswordPage(null, null));

    [HttpPost("forgot-password")]
    [RateLimited]
    public IActionResult Send([FromForm] string? contact)
    {
        var result = forgottenPassword.Request(contact);
        if (!result.Succeeded)
        {
            return Refused(PatientPortalViews.ForgottenPassword, new ForgottenPasswordPage(contact, ForgottenPassword.ContactMessage));
        }

        return MessageView(SignInPageText.CheckYourMessages(contact!.Trim(), result.Value!));
    }
}
