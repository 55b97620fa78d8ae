namespace PatientPortal.Core.Patients;

public interface IPatientRepository
{
    Task<Patient?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Patients with the same family-name key and date of birth who share the email or the mobile.</summary>
    Task<IReadOnlyList<Patient>> FindMatchesAsync(string familyNameKey, DateOnly dateOfBirth, string? emailKey, string? mobile, CancellationToken cancellationToken);

    /// <summary>Every patient whose account can sign in with this email (several when a family shares it).</summary>
    Task<IReadOnlyList<Patient>> FindWithPasswordByEmailAsync(string emailKey, CancellationToken cancellationToken);

    void Add(Patient patient);
}
