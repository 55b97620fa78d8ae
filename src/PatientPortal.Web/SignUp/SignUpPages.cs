using PatientPortal.Web.Common;

namespace PatientPortal.Web.SignUp;

public sealed record EnterInviteCodePage(string? InviteCode, IReadOnlyDictionary<string, string[]> Errors);

public sealed record RegisterPage(
    RegistrationForm Form,
    IReadOnlyDictionary<string, string[]> Errors,
    string PrivacyPolicyVersion,
    string PrivacyPolicyUrl,
    int MinimumPasswordLength)
{
    public static readonly IReadOnlyList<string> Titles = ["Mr", "Mrs", "Miss", "Ms", "Mx", "Dr", "Prof", "Rev"];

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}

public sealed record ConfirmEmailPage(bool HasToken);

internal static class SignUpMessages
{
    public static MessagePage CheckYourMessages(string message) => new("Check your email", message);

    public static MessagePage Confirmed() => new(
        "Your account is ready",
        "Thank you for confirming your email address. You can now sign in to the patient portal.",
        "Sign in",
        PatientPortalRoutes.SignInPage);

    public static MessagePage InvalidLink(string message) => new("This link does not work", message, "Go to sign in", PatientPortalRoutes.SignInPage);
}
