namespace PatientPortal.Core.SignUp;

/// <summary>The registration form as the patient submitted it; nothing here is trusted yet.</summary>
public sealed record SignUpCommand(
    string? InviteCode,
    string? Title,
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    string? Email,
    string? Mobile,
    string? Password,
    bool AcceptPrivacyPolicy,
    string? PrivacyPolicyVersion);
