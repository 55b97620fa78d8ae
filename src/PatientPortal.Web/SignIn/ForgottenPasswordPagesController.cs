using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.SignIn;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignIn;

public sealed record ForgottenPasswordPage(string? Contact, string? Error);

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

        return MessageView(CheckYourMessages(contact!.Trim(), result.Value!));
    }

    /// <summary>Names what the patient typed, so a typo shows; says nothing of whether an account uses it.</summary>
    public static MessagePage CheckYourMessages(string typed, ForgottenPasswordRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var where = request.Channel == MessageChannel.Email ? "email address" : "mobile number";
        return new MessagePage(
            request.Channel == MessageChannel.Email ? "Check your email" : "Check your text messages",
            $"If {typed} is the {where} of a patient portal account, we have sent a link to it to choose a new password. " +
            $"The link works once, for {PlainWords.Duration(request.LinkLifetime)}. If nothing arrives in a few minutes, check the {where} you typed, or contact the practice.",
            "Back to sign in",
            PatientPortalRoutes.SignInPage);
    }
}
