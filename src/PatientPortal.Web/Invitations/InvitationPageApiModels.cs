using System.Text.Json.Serialization;
using PatientPortal.Core.Invitations;

namespace PatientPortal.Web.Invitations;

public sealed record InvitationTokenRequest(string? Token);

public sealed record InvitationIdentityRequest(string? Token, string? FamilyName);

public sealed record InvitationPasswordRequest(string? Token, string? Password);

public sealed record InvitationPrivacyRequest(string? Token, bool AcceptPrivacyPolicy);

/// <summary>Where an invitation stands, and what the front end needs to show the next step.</summary>
/// <param name="State">Why the link cannot be used, when the step is Unusable.</param>
/// <param name="RedirectTo">Where to go next when the step is Completed (signed in) or SignIn (the sign-in page, returning to the destination).</param>
/// <param name="MinimumPasswordLength">Set when the step is ChoosePassword.</param>
/// <param name="PrivacyPolicyVersion">Set when the step is AcceptPrivacyPolicy.</param>
/// <param name="PrivacyPolicyUrl">Set when the step is AcceptPrivacyPolicy.</param>
public sealed record InvitationProgressResponse(
    [property: JsonConverter(typeof(JsonStringEnumConverter<InvitationStep>))] InvitationStep Step,
    [property: JsonConverter(typeof(JsonStringEnumConverter<InvitationPurpose>))] InvitationPurpose? Purpose,
    [property: JsonConverter(typeof(JsonStringEnumConverter<InvitationState>))] InvitationState? State,
    string? TargetPath,
    string? RedirectTo = null,
    int? MinimumPasswordLength = null,
    string? PrivacyPolicyVersion = null,
    string? PrivacyPolicyUrl = null);

public sealed record InvitationNewLinkResponse(string Message);
