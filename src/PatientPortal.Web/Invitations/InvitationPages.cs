using PatientPortal.Core.Invitations;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Invitations;

/// <summary>Step 1. Shows nothing about the patient: whoever holds the link has not shown who they are yet.</summary>
public sealed record ConfirmIdentityPage(string? FamilyName, IReadOnlyDictionary<string, string[]> Errors, int? TriesLeft = null)
{
    public string? ErrorFor(string field) => InvitationPageText.ErrorFor(Errors, field);
}

public sealed record ChoosePasswordPage(int MinimumPasswordLength, IReadOnlyDictionary<string, string[]> Errors)
{
    public string? ErrorFor(string field) => InvitationPageText.ErrorFor(Errors, field);
}

public sealed record AcceptPrivacyPolicyPage(string PrivacyPolicyUrl, string PrivacyPolicyVersion, IReadOnlyDictionary<string, string[]> Errors)
{
    public string? ErrorFor(string field) => InvitationPageText.ErrorFor(Errors, field);
}

/// <summary>An expired, used, revoked or locked link, said plainly, with the way to a fresh one.</summary>
public sealed record UnusableInvitationPage(InvitationState State, string Title, string Explanation, string PracticeName)
{
    /// <summary>Shown when the page answers the try that made the link unusable (the last wrong family name).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public bool OfferSignIn => State == InvitationState.Completed;
}

/// <summary>What the invitation pages and their JSON twin say, in one place.</summary>
internal static class InvitationPageText
{
    public const string InvalidLinkMessage = "This link is not valid. It may be incomplete or mistyped.";

    public const string NewLinkMessage = "If the details we have for you are still current, a new link is on its way. We send it only to the email address or mobile number the practice has on file for you.";

    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static string? ErrorFor(IReadOnlyDictionary<string, string[]> errors, string field) =>
        errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public static MessagePage InvalidLink(string practiceName) => new(
        "This link is not valid",
        $"We could not recognise this link. It may be incomplete or mistyped: copy the whole link from the message we sent you. If it still does not work, contact {practiceName} and ask for a new invitation.");

    public static MessagePage OpenTheLinkAgain() => new(
        "Please open your link again",
        "For your security this page works for 30 minutes after you open the link, and that time is up. Nothing you entered has been lost: open the link in the message we sent you again to carry on.");

    public static MessagePage NewLinkOnItsWay() => new("Check your messages", NewLinkMessage);

    public static UnusableInvitationPage Unusable(InvitationState state, string practiceName) => state switch
    {
        InvitationState.Expired => new(state, "This link has expired", "For your security, links from the patient portal work for a limited time, and this one has run out.", practiceName),
        InvitationState.Completed => new(state, "This link has already been used", "Each link works once. If you chose a password with it, sign in with that password. If not, ask for a new link.", practiceName),
        InvitationState.Revoked => new(state, "This link has been replaced", "The practice has sent you a newer link or cancelled this one, so it no longer works. Use the link in the most recent message from us, or ask for a new one.", practiceName),
        _ => new(state, "This link is locked", "The family name was entered wrongly too many times, so for your security this link no longer works.", practiceName),
    };
}
