namespace PatientPortal.Core.SignIn;

public enum SignInResultKind
{
    SignedIn,

    /// <summary>Several people share the email and the password matched more than one of them.</summary>
    ChoosePatient,

    /// <summary>The password was right but the email is not confirmed yet; a new link was sent.</summary>
    ConfirmationResent,
}

public sealed record SignInCandidate(Guid PatientId, string DisplayName, DateOnly DateOfBirth);

public sealed record SignInOutcome(SignInResultKind Kind, Guid? PatientId, IReadOnlyList<SignInCandidate> Candidates);
