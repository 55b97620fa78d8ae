using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Patients;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class PatientRepository(PatientPortalDbContext db) : IPatientRepository
{
    public Task<Patient?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Patients.FirstOrDefaultAsync(patient => patient.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Patient>> FindMatchesAsync(string familyNameKey, DateOnly dateOfBirth, string? emailKey, string? mobile, CancellationToken cancellationToken) =>
        await db.Patients
            .Where(patient => patient.FamilyNameKey == familyNameKey && patient.DateOfBirth == dateOfBirth
                && ((emailKey != null && patient.EmailKey == emailKey) || (mobile != null && patient.Mobile == mobile)))
            .OrderBy(patient => patient.CreatedAt)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Patient>> FindWithPasswordByEmailAsync(string emailKey, CancellationToken cancellationToken) =>
        await db.Patients
            .Where(patient => patient.EmailKey == emailKey && patient.Account.PasswordHash != null)
            .OrderBy(patient => patient.CreatedAt)
            .ToListAsync(cancellationToken);

    public void Add(Patient patient) => db.Patients.Add(patient);
}
