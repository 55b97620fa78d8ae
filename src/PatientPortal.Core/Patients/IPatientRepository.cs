namespace PatientPortal.Core.Patients;

public interface IPatientRepository
{
    Task<Patient?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Patients with the same family-name key and date of birth who share the email or the mobile.</summary>
    Task<IReadOnlyList<Patient>> FindMatchesAsync(string familyNameKey, DateOnly dateOfBirth, string? emailKey, string? mobile, CancellationToken cancellationToken);

    /// <summary>Every patient whose account can sign in with this email (several when a family shares it).</summary>
    Task<IReadOnlyList<Patient>> FindWithPasswordByEmailAsync(string emailKey, CancellationToken cancellationToken);

    /// <summary>The patients matching a filter, ordered by family then given name.</summary>
    Task<PatientPage> SearchAsync(PatientFilter filter, int skip, int take, CancellationToken cancellationToken);

    Task<IReadOnlyList<Guid>> ListIdsAsync(PatientFilter filter, CancellationToken cancellationToken);

    /// <summary>Loads these patients for a change (tracked).</summary>
    Task<IReadOnlyList<Patient>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Reads these patients without tracking changes (bulk runs record their changes in one statement).</summary>
    Task<IReadOnlyList<Patient>> ReadManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Shows these patients as invited where their account had no state yet.</summary>
    Task MarkInvitedAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Patients on a chargeband without a portal password, for "Allow and notify".</summary>
    Task<IReadOnlyList<Guid>> ListWithoutAccountAsync(Guid chargebandId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Patient>> FindByMobileAsync(string mobile, CancellationToken cancellationToken);

    /// <summary>The family members whose primary account holder is this patient (read only).</summary>
    Task<IReadOnlyList<Patient>> FindManagedByAsync(Guid primaryAccountHolderId, CancellationToken cancellationToken);

    void Add(Patient patient);
}
