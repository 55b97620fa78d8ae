namespace PatientPortal.Core.Invitations;

public interface IInvitationRepository
{
    Task<Invitation?> FindByTokenHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task<Invitation?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Invitation>> ListForPatientAsync(Guid patientId, CancellationToken cancellationToken);

    /// <summary>When each of these patients was last sent an invitation or reset since <paramref name="since"/>.</summary>
    Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastInvitedAsync(IReadOnlyCollection<Guid> patientIds, DateTimeOffset since, CancellationToken cancellationToken);

    void Add(Invitation invitation);

    /// <summary>Writes many new invitations at once, in the current transaction (bulk runs).</summary>
    Task AddRangeAsync(IReadOnlyCollection<Invitation> invitations, CancellationToken cancellationToken);

    /// <summary>Revokes every open link of these patients (re-inviting replaces them). Returns how many.</summary>
    Task<int> RevokeOpenAsync(IReadOnlyCollection<Guid> patientIds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes the patient's open self-service links only; the practice's links keep working.</summary>
    Task<int> RevokeOpenSelfServiceAsync(Guid patientId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Counts a wrong family name atomically and locks at the limit. Returns the new count.</summary>
    Task<int> RecordFailedIdentityCheckAsync(Guid invitationId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks it completed unless it already was (or was revoked or locked); false when another request won.</summary>
    Task<bool> TryCompleteAsync(Guid invitationId, DateTimeOffset now, CancellationToken cancellationToken);
}
