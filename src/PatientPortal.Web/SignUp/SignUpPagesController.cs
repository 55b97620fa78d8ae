using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignUp;

/// <summary>The server-rendered sign-up pages: invite code, registration form, "check your email".</summary>
[Route(PatientPortalRoutes.Pages + "/sign-up")]
public sealed class SignUpPagesController(SignUpService signUp, PasswordPolicy passwordPolicy, IOptions<PracticeOptions> practice) : PatientPortalPageController
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    [HttpGet("")]
    public IActionResult EnterInviteCode([FromQuery] string? code) =>
        View(PatientPortalViews.EnterInviteCode, new EnterInviteCodePage(code, NoErrors));

    [HttpPost("")]
    [RateLimited(InviteCodeStep = true)]
    public async Task<IActionResult> CheckInviteCode([FromForm] string? inviteCode, CancellationToken cancellationToken)
    {
        var check = await signUp.CheckInviteCodeAsync(inviteCode, cancellationToken);
        if (!check.Succeeded)
        {
            return CodeRejected(inviteCode, check.Failure!);
        }

        var form = new RegistrationForm { InviteCode = check.Value!.InviteCode };
        return View(PatientPortalViews.Register, RegisterPageFor(form, NoErrors));
    }

    [HttpPost("register")]
    [RateLimited(InviteCodeStep = true)]
    public async Task<IActionResult> Register([FromForm] RegistrationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var result = await signUp.SignUpAsync(form.ToCommand(), cancellationToken);
        if (result.Succeeded)
        {
            // Carried to the next page in the (encrypted) temp-data cookie, never in the address.
            TempData[TypedEmail] = form.Email?.Trim();
            return RedirectToAction(nameof(CheckYourMessages));
        }

        var failure = result.Failure!;
        if (failure.Errors.ContainsKey("inviteCode"))
        {
            return CodeRejected(form.InviteCode, failure);
        }

        // The password is never sent back to the browser.
        form.Password = null;
        return Refused(PatientPortalViews.Register, RegisterPageFor(form, WithUnreadableDate(failure.Errors, form)));
    }

    [HttpGet("check-your-email")]
    public IActionResult CheckYourMessages() => MessageView(
        TempData[TypedEmail] is string { Length: > 0 } email
            ? SignUpMessages.CheckYourMessages($"Thank you. We have sent a message to {email}. Follow the link in it to finish setting up your account. If nothing arrives in a few minutes, check that address: if it is not right, sign up again with the right one.")
            : SignUpMessages.CheckYourMessages(SignUpOutcome.CheckYourMessages.Message));

    private const string TypedEmail = "PatientPortal.SignUp.Email";

    private ViewResult CodeRejected(string? inviteCode, Failure failure) =>
        Refused(PatientPortalViews.EnterInviteCode, new EnterInviteCodePage(inviteCode, failure.Errors));

    private RegisterPage RegisterPageFor(RegistrationForm form, IReadOnlyDictionary<string, string[]> errors) =>
        new(form, errors, practice.Value.PrivacyPolicyVersion, practice.Value.PrivacyPolicyUrl, passwordPolicy.MinimumLength);

    // A date that was typed but is no real date arrives as null: say so rather than "enter your date of birth".
    private IReadOnlyDictionary<string, string[]> WithUnreadableDate(IReadOnlyDictionary<string, string[]> errors, RegistrationForm form)
    {
        var unreadableIso = ModelState.TryGetValue(nameof(RegistrationForm.DateOfBirth), out var entry) && entry.Errors.Count > 0;
        if (unreadableIso || form.DateOfBirthUnreadable)
        {
            var copy = errors.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
            copy["dateOfBirth"] = ["Enter your date of birth as a real date, for example 27 3 1980."];
            return copy;
        }

        return errors;
    }
}
