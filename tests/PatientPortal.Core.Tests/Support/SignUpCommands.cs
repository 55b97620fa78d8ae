using PatientPortal.Core.SignUp;

namespace PatientPortal.Core.Tests.Support;

internal static class SignUpCommands
{
    public const string Password = "lantern quarry mosaic thimble";

    /// <summary>A form that passes every check; tests change one field with <c>with</c>.</summary>
    public static SignUpCommand Valid(string? inviteCode = "Welcome123") => new(
        InviteCode: inviteCode,
        Title: "Ms",
        GivenName: "Mary",
        FamilyName: "O'Higgins",
        DateOfBirth: new DateOnly(1980, 4, 12),
        Email: "mary@example.com",
        Mobile: "07400 123456",
        Password: Password,
        AcceptPrivacyPolicy: true,
        PrivacyPolicyVersion: TestPractice.PrivacyPolicyVersion);
}
