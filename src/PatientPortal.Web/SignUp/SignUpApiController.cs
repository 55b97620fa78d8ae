using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignUp;

/// <summary>The sign-up flow as JSON, for headless front ends. Same rules and messages as the pages.</summary>
[Tags("Sign-up")]
public sealed class SignUpApiController(SignUpService signUp, PasswordPolicy passwordPolicy, IOptions<PracticeOptions> practice) : PublicApiControllerBase
{
    /// <summary>What a sign-up form needs to show: the current privacy policy and the password rule.</summary>
    [HttpGet("sign-up/form")]
    [ProducesResponseType<SignUpFormResponse>(StatusCodes.Status200OK)]
    public SignUpFormResponse Form() =>
        new(practice.Value.PrivacyPolicyVersion, practice.Value.PrivacyPolicyUrl, passwordPolicy.MinimumLength, RegisterPage.Titles);

    [HttpPost("sign-up/invite-code")]
    [RateLimited(InviteCodeStep = true)]
    [ProducesResponseType<InviteCodeResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> CheckInviteCode(InviteCodeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await signUp.CheckInviteCodeAsync(request.InviteCode, cancellationToken);
        return result.Succeeded ? Ok(new InviteCodeResponse(result.Value!.InviteCode, result.Value.ChargebandName)) : this.ToProblem(result.Failure!);
    }

    /// <summary>Registers a new patient. 202 with the same message whether a patient was created or the details matched one.</summary>
    [HttpPost("sign-up")]
    [RateLimited(InviteCodeStep = true)]
    [ProducesResponseType<SignUpAcceptedResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> SignUp(RegistrationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await signUp.SignUpAsync(form.ToCommand(), cancellationToken);
        return result.Succeeded ? Accepted(new SignUpAcceptedResponse(result.Value!.Message)) : this.ToProblem(result.Failure!);
    }

    [HttpPost("confirm-email")]
    [RateLimited]
    [ProducesResponseType<ConfirmEmailResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> ConfirmEmail(ConfirmEmailRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await signUp.ConfirmEmailAsync(request.Token, cancellationToken);
        return result.Succeeded ? Ok(new ConfirmEmailResponse("Your email address is confirmed and your account is active.")) : this.ToProblem(result.Failure!);
    }
}
