using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.SignIn;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignIn;

public sealed record SignInPage(string? Email, string? ReturnUrl, string? Error, string? Notice = null);

public sealed record ChoosePatientPage(string Ticket, IReadOnlyList<SignInCandidate> Candidates, string? ReturnUrl, string? Error = null);

public sealed record ForgottenPasswordPage(string? Contact, string? Error);

/// <summary>What the sign-in pages and their JSON twin say, in one place.</summary>
internal static class SignInPageText
{
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
