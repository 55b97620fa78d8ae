using PatientPortal.Core.SignIn;

namespace PatientPortal.Web.SignIn;

public sealed record SignInRequest(string? Email, string? Password);

public sealed record ChoosePatientRequest(string? Ticket, Guid PatientId);

/// <summary>Status is <c>signedIn</c>, <c>choosePatient</c> (pick one of the candidates with the ticket) or <c>confirmationResent</c>.</summary>
public sealed record SignInResponse(string Status, string? Ticket = null, IReadOnlyList<SignInCandidate>? Candidates = null);

public sealed record ForgottenPasswordApiRequest(string? Contact);

public sealed record ForgottenPasswordResponse(string Message);
