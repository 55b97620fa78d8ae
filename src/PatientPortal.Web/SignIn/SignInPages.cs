using PatientPortal.Core.SignIn;

namespace PatientPortal.Web.SignIn;

public sealed record SignInPage(string? Email, string? ReturnUrl, string? Error, string? Notice = null);

public sealed record ChoosePatientPage(string Ticket, IReadOnlyList<SignInCandidate> Candidates, string? ReturnUrl, string? Error = null);
