namespace PatientPortal.Core.Security;

public enum PasswordCheck
{
    Failed,
    Success,
    SuccessRehashNeeded,
}

/// <summary>Password storage; the production implementation is ASP.NET Core Identity's PasswordHasher.</summary>
public interface IPatientPasswordHasher
{
    Task<string> HashAsync(string password, CancellationToken cancellationToken);

    Task<PasswordCheck> VerifyAsync(string passwordHash, string password, CancellationToken cancellationToken);

    /// <summary>Spends the same work as a real check, so an unknown email takes as long as a wrong password.</summary>
    Task VerifyDummyAsync(string password, CancellationToken cancellationToken);
}
