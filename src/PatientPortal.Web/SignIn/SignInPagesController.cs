using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Common;
using PatientPortal.Core.SignIn;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignIn;

/// <summary>Patient sign-in and sign-out, including "which person are you?" for a shared email.</summary>
[Route(PatientPortalRoutes.Pages)]
public sealed class SignInPagesController(SignInService signIn, SignInChoiceTicket tickets) : PatientPortalPageController
{
    [HttpGet("sign-in")]
    public IActionResult SignIn([FromQuery] string? returnUrl) =>
        View(PatientPortalViews.SignIn, new SignInPage(null, LocalOrNull(returnUrl), null));

    [HttpPost("sign-in")]
    [RateLimited]
    [HashingAdmission]
    public async Task<IActionResult> SignIn([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await signIn.SignInAsync(email, password, cancellationToken);
        if (result.Failure is { Status: OperationStatus.TooManyRequests } tooMany)
        {
            return TooOften(PatientPortalViews.SignIn, new SignInPage(email, LocalOrNull(returnUrl), tooMany.Title), tooMany.RetryAfter);
        }

        if (!result.Succeeded)
        {
            return SignInAgain(returnUrl, SignInService.FailedMessage, email);
        }

        var outcome = result.Value!;
        return outcome.Kind switch
        {
            SignInResultKind.SignedIn => await CompleteAsync(outcome.PatientId!.Value, returnUrl),
            SignInResultKind.ChoosePatient => View(
                PatientPortalViews.ChoosePatient,
                new ChoosePatientPage(tickets.Issue(outcome.Candidates.Select(candidate => candidate.PatientId)), outcome.Candidates, LocalOrNull(returnUrl))),
            _ => MessageView(new MessagePage(
                "Confirm your email address first",
                "Your account is waiting for you to confirm your email address. We have sent you a new link: open it to activate your account, then sign in.")),
        };
    }

    [HttpPost("sign-in/choose")]
    [RateLimited]
    public async Task<IActionResult> Choose([FromForm] string? ticket, [FromForm] Guid patientId, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var verified = await tickets.RedeemAsync(ticket, cancellationToken);
        if (verified.Count == 0)
        {
            return SignInAgain(returnUrl, "That took too long. Please sign in again.");
        }

        var result = await signIn.ChooseAsync(verified, patientId, cancellationToken);
        if (result.Succeeded)
        {
            return await CompleteAsync(result.Value, returnUrl);
        }

        return SignInAgain(returnUrl, "Please sign in again.");
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutPatient()
    {
        // Ends this browser's session on the server too, so a copy of the cookie stops working.
        await HttpContext.SignOutAsync(PatientAuthentication.Scheme);
        return LocalRedirect(PatientPortalRoutes.SignedOutPage);
    }

    [HttpPost("sign-out-everywhere")]
    public async Task<IActionResult> SignOutEverywhere(CancellationToken cancellationToken)
    {
        if (PatientAuthentication.PatientId(User) is { } patientId)
        {
            await signIn.SignOutEverywhereAsync(patientId, cancellationToken);
        }

        await HttpContext.SignOutAsync(PatientAuthentication.Scheme);
        return LocalRedirect(PatientPortalRoutes.SignedOutPage + "?everywhere=true");
    }

    [HttpGet("signed-out")]
    public IActionResult SignedOut([FromQuery] bool everywhere = false) => MessageView(new MessagePage(
        "You have signed out",
        everywhere
            ? "You have signed out of the patient portal on every device you were signed in on. Anyone using a copy of your sign-in on another device has been signed out too."
            : "You have signed out of the patient portal. If you are on a shared computer, close the browser as well.",
        "Sign in again",
        PatientPortalRoutes.SignInPage));

    private ViewResult SignInAgain(string? returnUrl, string error, string? email = null) =>
        Refused(PatientPortalViews.SignIn, new SignInPage(email, LocalOrNull(returnUrl), error));

    private async Task<IActionResult> CompleteAsync(Guid patientId, string? returnUrl)
    {
        // A new session for every sign-in: a session from before sign-in is never promoted.
        await PatientAuthentication.SignInNewSessionAsync(HttpContext, patientId);
        return LocalRedirect(LocalOrNull(returnUrl) ?? PatientPortalRoutes.HomePage);
    }

    private string? LocalOrNull(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
