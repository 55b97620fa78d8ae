namespace PatientPortal.Core.SignIn.Sessions;

/// <summary>
/// Server-side sign-in sessions. Every method writes at once (no unit of work), inside the caller's transaction if
/// one is open; <see cref="AddAsync"/> saves the context, so the ticket store calls it from a scope of its own.
/// </summary>
public interface ISignInSessionRepository
{
    Task<SignInSession?> FindAsync(string key, CancellationToken cancellationToken);

    Task AddAsync(SignInSession session, CancellationToken cancellationToken);

    /// <summary>A sliding expiry moved on: the new ticket and expiry. False when the session has been ended meanwhile.</summary>
    Task<bool> RenewAsync(string key, byte[] ticket, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    Task EndAsync(string key, CancellationToken cancellationToken);

    /// <summary>Ends every session of the patient; returns how many there were.</summary>
    Task<int> EndAllForPatientAsync(Guid patientId, CancellationToken cancellationToken);

    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
