namespace PatientPortal.Web.SignUp;

public sealed record InviteCodeRequest(string? InviteCode);

public sealed record InviteCodeResponse(string InviteCode, string ChargebandName);

public sealed record SignUpFormResponse(string PrivacyPolicyVersion, string PrivacyPolicyUrl, int MinimumPasswordLength, IReadOnlyList<string> Titles);

public sealed record SignUpAcceptedResponse(string Message);

public sealed record ConfirmEmailRequest(string? Token);

public sealed record ConfirmEmailResponse(string Message);
