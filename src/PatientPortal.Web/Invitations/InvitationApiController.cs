using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Invitations;

/// <summary>
/// The invitation page as JSON, for headless front ends: the token travels in each body (the front end keeps
/// it off the URL). Same rules and messages as the pages; on completion the patient cookie is set.
/// </summary>
[Tags("Invitation")]
public sealed class InvitationApiController(InvitationPageService invitations, PasswordPolicy passwordPolicy, IOptions<PracticeOptions> practice)
    : PublicApiControllerBase
{
    /// <summary>Where the link stands. Opening never uses it up.</summary>
    [HttpPost("invitation/open")]
    [RateLimited]
    [ProducesResponseType<InvitationProgressResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Open(InvitationTokenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await AnswerAsync(await invitations.OpenAsync(request.Token, cancellationToken));
    }

    /// <summary>Step 1. Every failure, the fifth (which locks the link) included, answers with the same message.</summary>
    [HttpPost("invitation/confirm-identity")]
    [RateLimited]
    [ProducesResponseType<InvitationProgressResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> ConfirmIdentity(InvitationIdentityRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await AnswerAsync(await invitations.ConfirmIdentityAsync(request.Token, request.FamilyName, cancellationToken));
    }

    /// <summary>Step 2. A password reset whose patient already accepted the current privacy policy completes here.</summary>
    [HttpPost("invitation/password")]
    [RateLimited]
    [ProducesResponseType<InvitationProgressResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> ChoosePassword(InvitationPasswordRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await AnswerAsync(await invitations.ChoosePasswordAsync(request.Token, request.Password, cancellationToken));
    }

    /// <summary>Step 3. Completes the invitation and signs the patient in.</summary>
    [HttpPost("invitation/privacy")]
    [RateLimited]
    [ProducesResponseType<InvitationProgressResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> AcceptPrivacyPolicy(InvitationPrivacyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await AnswerAsync(await invitations.AcceptPrivacyPolicyAsync(request.Token, request.AcceptPrivacyPolicy, cancellationToken));
    }

    /// <summary>A fresh link to the contact details on file, for an expired, used, revoked or locked one. 202 whatever happened.</summary>
    [HttpPost("invitation/new-link")]
    [RateLimited]
    [ProducesResponseType<InvitationNewLinkResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public IActionResult RequestNewLink(InvitationTokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        invitations.RequestNewLink(request.Token);
        return Accepted(new InvitationNewLinkResponse(InvitationPageText.NewLinkMessage));
    }

    private async Task<IActionResult> AnswerAsync(Result<InvitationProgress> result)
    {
        if (!result.Succeeded)
        {
            return this.ToProblem(result.Failure!);
        }

        var progress = result.Value!;
        var response = new InvitationProgressResponse(progress.Step, progress.Purpose, progress.State, progress.TargetPath);
        switch (progress.Step)
        {
            case InvitationStep.Invalid:
                return this.ToProblem(Failure.Invalid("token", InvitationPageText.InvalidLinkMessage));
            case InvitationStep.Completed:
                await InvitationSignIn.SignInNewSessionAsync(HttpContext, progress);
                return Ok(response with { RedirectTo = InvitationSignIn.Destination(Url, progress) });
            case InvitationStep.SignIn:
                return Ok(response with { RedirectTo = InvitationSignIn.SignInUrl(Url, progress) });
            case InvitationStep.ChoosePassword:
                return Ok(response with { MinimumPasswordLength = passwordPolicy.MinimumLength });
            case InvitationStep.AcceptPrivacyPolicy:
                return Ok(response with { PrivacyPolicyVersion = practice.Value.PrivacyPolicyVersion, PrivacyPolicyUrl = practice.Value.PrivacyPolicyUrl });
            default:
                return Ok(response);
        }
    }
}
