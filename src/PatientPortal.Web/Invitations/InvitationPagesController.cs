using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Invitations;

/// <summary>
/// The invitation link: confirm identity, choose a password, accept the privacy policy, signed in. Opening the
/// link (GET) never uses it up, because mail scanners fetch links: the token moves from the URL into a
/// short-lived cookie and every step is a POST. After a step the browser is sent back to the page (GET), which
/// shows wherever the invitation is now, so reloading never sends a form twice.
/// </summary>
[Route(PatientPortalRoutes.Pages + "/invitation")]
public sealed class InvitationPagesController(InvitationPageService invitations, PasswordPolicy passwordPolicy, IOptions<PracticeOptions> practice)
    : PatientPortalPageController
{
    public const string CookieName = "PatientPortal.Invitation";

    // Our tokens are 43 characters; anything far longer is not worth a cookie.
    private const int MaxTokenLength = 128;

    private string? Token => Request.Cookies[CookieName];

    [HttpGet("")]
    public async Task<IActionResult> Open([FromQuery] string? token, CancellationToken cancellationToken)
    {
        if (token is null)
        {
            return Token is null ? OpenTheLinkAgain() : await ShowAsync(await invitations.OpenAsync(Token, cancellationToken));
        }

        if (token.Length is 0 or > MaxTokenLength)
        {
            return await ShowAsync(InvitationProgress.Invalid);
        }

        Response.Cookies.Append(CookieName, token, TokenCookie());
        return Redirect(PatientPortalRoutes.InvitationPage);
    }

    [HttpPost("confirm-identity")]
    [RateLimited]
    public async Task<IActionResult> ConfirmIdentity([FromForm] string? familyName, CancellationToken cancellationToken)
    {
        if (Token is null)
        {
            return OpenTheLinkAgain();
        }

        var result = await invitations.ConfirmIdentityAsync(Token, familyName, cancellationToken);
        if (result.Succeeded)
        {
            return await NextAsync(result.Value!);
        }

        var failure = result.Failure!;
        var triesLeft = failure.Extensions?.GetValueOrDefault(InvitationPageService.TriesLeftExtension) as int?;
        return triesLeft == 0
            // The last try locked the link: say so at once, rather than offer a form that can no longer work.
            ? Refused(PatientPortalViews.InvitationUnusable, InvitationPageText.Unusable(InvitationState.Locked, practice.Value.Name) with { Errors = failure.Errors })
            : Refused(PatientPortalViews.InvitationConfirmIdentity, new ConfirmIdentityPage(familyName, failure.Errors, triesLeft));
    }

    [HttpPost("password")]
    [RateLimited]
    public async Task<IActionResult> ChoosePassword([FromForm] string? password, CancellationToken cancellationToken)
    {
        if (Token is null)
        {
            return OpenTheLinkAgain();
        }

        var result = await invitations.ChoosePasswordAsync(Token, password, cancellationToken);

        // The password is never sent back to the browser.
        return result.Succeeded
            ? await NextAsync(result.Value!)
            : Refused(PatientPortalViews.InvitationChoosePassword, PasswordPage(result.Failure!.Errors));
    }

    [HttpPost("privacy")]
    [RateLimited]
    public async Task<IActionResult> AcceptPrivacyPolicy([FromForm] bool acceptPrivacyPolicy, CancellationToken cancellationToken)
    {
        if (Token is null)
        {
            return OpenTheLinkAgain();
        }

        var result = await invitations.AcceptPrivacyPolicyAsync(Token, acceptPrivacyPolicy, cancellationToken);
        return result.Succeeded
            ? await NextAsync(result.Value!)
            : Refused(PatientPortalViews.InvitationAcceptPrivacyPolicy, PrivacyPage(result.Failure!.Errors));
    }

    /// <summary>"Send me a new link": the same answer whatever happened, so it tells nobody whether the link was real.</summary>
    [HttpPost("new-link")]
    [RateLimited]
    public IActionResult RequestNewLink()
    {
        invitations.RequestNewLink(Token);
        ForgetToken();
        return MessageView(InvitationPageText.NewLinkOnItsWay());
    }

    // The cookie ran out (or was never set): that says nothing about any invitation, so say it plainly.
    private ViewResult OpenTheLinkAgain() => MessageView(InvitationPageText.OpenTheLinkAgain(), StatusCodes.Status400BadRequest);

    // A step went through (or the invitation moved on meanwhile): finish, or show where it stands now.
    private async Task<IActionResult> NextAsync(InvitationProgress progress) =>
        progress.Step is InvitationStep.Completed or InvitationStep.SignIn or InvitationStep.Invalid
            ? await ShowAsync(progress)
            : Redirect(PatientPortalRoutes.InvitationPage);

    private async Task<IActionResult> ShowAsync(InvitationProgress progress)
    {
        switch (progress.Step)
        {
            case InvitationStep.ConfirmIdentity:
                return View(PatientPortalViews.InvitationConfirmIdentity, new ConfirmIdentityPage(null, InvitationPageText.NoErrors));
            case InvitationStep.ChoosePassword:
                return View(PatientPortalViews.InvitationChoosePassword, PasswordPage(InvitationPageText.NoErrors));
            case InvitationStep.AcceptPrivacyPolicy:
                return View(PatientPortalViews.InvitationAcceptPrivacyPolicy, PrivacyPage(InvitationPageText.NoErrors));
            case InvitationStep.Unusable:
                return View(PatientPortalViews.InvitationUnusable, InvitationPageText.Unusable(progress.State ?? InvitationState.Expired, practice.Value.Name));
            case InvitationStep.SignIn:
                ForgetToken();
                return Redirect(InvitationSignIn.SignInUrl(Url, progress));
            case InvitationStep.Completed:
                await InvitationSignIn.SignInNewSessionAsync(HttpContext, progress);
                ForgetToken();
                return LocalRedirect(InvitationSignIn.Destination(Url, progress));
            default:
                ForgetToken();
                return MessageView(InvitationPageText.InvalidLink(practice.Value.Name), StatusCodes.Status400BadRequest);
        }
    }

    private ChoosePasswordPage PasswordPage(IReadOnlyDictionary<string, string[]> errors) => new(passwordPolicy.MinimumLength, errors);

    private AcceptPrivacyPolicyPage PrivacyPage(IReadOnlyDictionary<string, string[]> errors) =>
        new(practice.Value.PrivacyPolicyUrl, practice.Value.PrivacyPolicyVersion, errors);

    private CookieOptions TokenCookie() => new()
    {
        HttpOnly = true,
        Secure = Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = PatientPortalRoutes.InvitationPage,
        MaxAge = TimeSpan.FromMinutes(30),
        IsEssential = true,
    };

    private void ForgetToken() => Response.Cookies.Delete(CookieName, new CookieOptions { Path = PatientPortalRoutes.InvitationPage, Secure = Request.IsHttps, HttpOnly = true });
}
