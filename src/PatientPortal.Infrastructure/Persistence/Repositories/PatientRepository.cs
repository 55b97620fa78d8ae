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

    public async Task<PatientPage> SearchAsync(PatientFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.AsNoTracking()
            .OrderBy(patient => patient.FamilyName).ThenBy(patient => patient.GivenName).ThenBy(patient => patient.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return new PatientPage(items, total);
    }

    public async Task<IReadOnlyList<Guid>> ListIdsAsync(PatientFilter filter, CancellationToken cancellationToken) =>
        await Filtered(filter).OrderBy(patient => patient.Id).Select(patient => patient.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Patient>> FindManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Patients.Where(patient => ids.Contains(patient.Id)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Patient>> FindManagedByAsync(Guid primaryAccountHolderId, CancellationToken cancellationToken) =>
        await db.Patients.AsNoTracking().Where(patient => patient.PrimaryAccountHolderId == primaryAccountHolderId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Patient>> ReadManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Patients.AsNoTracking().Where(patient => ids.Contains(patient.Id)).ToListAsync(cancellationToken);

    public Task MarkInvitedAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        db.Patients.Where(patient => ids.Contains(patient.Id) && patient.Account.Status == AccountStatus.None)
            .ExecuteUpdateAsync(setters => setters.SetProperty(patient => patient.Account.Status, AccountStatus.Invited), cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListWithoutAccountAsync(Guid chargebandId, CancellationToken cancellationToken) =>
        await Filtered(new PatientFilter(chargebandId, HasAccount: false, Search: null))
            .OrderBy(patient => patient.Id).Select(patient => patient.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Patient>> FindByMobileAsync(string mobile, CancellationToken cancellationToken) =>
        await db.Patients.Where(patient => patient.Mobile == mobile).ToListAsync(cancellationToken);

    public void Add(Patient patient) => db.Patients.Add(patient);

    private IQueryable<Patient> Filtered(PatientFilter filter)
    {
        var query = db.Patients.AsQueryable();
        if (filter.ChargebandId is { } chargebandId)
        {
            query = query.Where(patient => patient.ChargebandId == chargebandId);
        }

        if (filter.HasAccount is { } hasAccount)
        {
            query = hasAccount
                ? query.Where(patient => patient.Account.PasswordHash != null)
                : query.Where(patient => patient.Account.PasswordHash == null);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Each word must match a name, the email or the mobile; LIKE wildcards typed by staff are taken literally.
            foreach (var word in filter.Search.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5))
            {
                var pattern = "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                var key = FamilyName.Normalize(word);
                query = query.Where(patient =>
                    EF.Functions.Like(patient.GivenName, pattern, "\\")
                    || EF.Functions.Like(patient.FamilyName, pattern, "\\")
                    || (key.Length > 0 && patient.FamilyNameKey.Contains(key))
                    || (patient.EmailKey != null && EF.Functions.Like(patient.EmailKey, pattern, "\\"))
                    || (patient.Mobile != null && EF.Functions.Like(patient.Mobile, pattern, "\\")));
            }
        }

        return query;
    }
}
