using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.SignIn;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignIn;

/// <summary>Sign-in as JSON. On success the patient cookie is set, as with the pages.</summary>
[Tags("Sign-in")]
public sealed class SignInApiController(SignInService signIn, SignInChoiceTicket tickets, ForgottenPassword forgottenPassword) : PublicApiControllerBase
{
    /// <summary>Sends a reset link to every account using this email or mobile; 202 with the same message whoever it belongs to.</summary>
    [HttpPost("forgot-password")]
    [RateLimited]
    [ProducesResponseType<ForgottenPasswordResponse>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    public IActionResult ForgotPassword(ForgottenPasswordApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = forgottenPassword.Request(request.Contact);
        return result.Succeeded
            ? Accepted(new ForgottenPasswordResponse(SignInPageText.CheckYourMessages(request.Contact!.Trim(), result.Value!).Body))
            : this.ToProblem(result.Failure!);
    }

    [HttpPost("sign-in")]
    [RateLimited]
    [HashingAdmission]
    [ProducesResponseType<SignInResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IActionResult> SignIn(SignInRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await signIn.SignInAsync(request.Email, request.Password, cancellationToken);
        if (!result.Succeeded)
        {
            return this.ToProblem(result.Failure!);
        }

        var outcome = result.Value!;
        switch (outcome.Kind)
        {
            case SignInResultKind.SignedIn:
                await PatientAuthentication.SignInNewSessionAsync(HttpContext, outcome.PatientId!.Value);
                return Ok(new SignInResponse("signedIn"));
            case SignInResultKind.ChoosePatient:
                return Ok(new SignInResponse("choosePatient", tickets.Issue(outcome.Candidates.Select(candidate => candidate.PatientId)), outcome.Candidates));
            default:
                return Ok(new SignInResponse("confirmationResent"));
        }
    }

    [HttpPost("sign-in/choose")]
    [RateLimited]
    [ProducesResponseType<SignInResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<IActionResult> Choose(ChoosePatientRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await signIn.ChooseAsync(await tickets.RedeemAsync(request.Ticket, cancellationToken), request.PatientId, cancellationToken);
        if (!result.Succeeded)
        {
            return this.ToProblem(result.Failure!);
        }

        await PatientAuthentication.SignInNewSessionAsync(HttpContext, result.Value);
        return Ok(new SignInResponse("signedIn"));
    }

    /// <summary>Ends this browser's session (on the server too: a copy of the cookie stops working).</summary>
    [HttpPost("sign-out")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> SignOutPatient()
    {
        await HttpContext.SignOutAsync(PatientAuthentication.Scheme);
        return NoContent();
    }

    /// <summary>Ends every session of the signed-in patient, on every device.</summary>
    [HttpPost("sign-out-everywhere")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> SignOutEverywhere(CancellationToken cancellationToken)
    {
        var result = await HttpContext.AuthenticateAsync(PatientAuthentication.Scheme);
        if (result.Principal is null || PatientAuthentication.PatientId(result.Principal) is not { } patientId)
        {
            return Unauthorized();
        }

        await signIn.SignOutEverywhereAsync(patientId, cancellationToken);
        await HttpContext.SignOutAsync(PatientAuthentication.Scheme);
        return NoContent();
    }
}
