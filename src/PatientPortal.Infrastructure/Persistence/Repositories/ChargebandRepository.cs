using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Chargebands;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class ChargebandRepository(PatientPortalDbContext db) : IChargebandRepository
{
    public Task<Chargeband?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Chargebands.FirstOrDefaultAsync(chargeband => chargeband.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Chargeband>> ListAsync(CancellationToken cancellationToken) =>
        await db.Chargebands.AsNoTracking().OrderBy(chargeband => chargeband.Name).ToListAsync(cancellationToken);

    public Task<Chargeband?> FindByInviteCodeAsync(string normalizedCode, CancellationToken cancellationToken) =>
        db.Chargebands.AsNoTracking().FirstOrDefaultAsync(chargeband => chargeband.InviteCodeNormalized == normalizedCode, cancellationToken);

    public async Task<IReadOnlyList<LiveInviteCode>> ListLiveInviteCodesAsync(CancellationToken cancellationToken) =>
        await db.Chargebands.AsNoTracking()
            .Where(chargeband => chargeband.OnlineBookingEnabled && chargeband.InviteCodeNormalized != null)
            .Select(chargeband => new LiveInviteCode(chargeband.Id, chargeband.InviteCodeNormalized!))
            .ToListAsync(cancellationToken);

    public Task<bool> InviteCodeTakenAsync(string normalizedCode, Guid exceptChargebandId, CancellationToken cancellationToken) =>
        db.Chargebands.AnyAsync(chargeband => chargeband.InviteCodeNormalized == normalizedCode && chargeband.Id != exceptChargebandId, cancellationToken);

    public Task<int> CountPatientsAsync(Guid chargebandId, CancellationToken cancellationToken) =>
        db.Patients.CountAsync(patient => patient.ChargebandId == chargebandId, cancellationToken);

    public async Task<bool> TryCountSignUpAsync(Guid chargebandId, string normalizedCode, CancellationToken cancellationToken)
    {
        // One conditional UPDATE: the database decides who gets the last place under the cap.
        var updated = await db.Chargebands
            .Where(chargeband => chargeband.Id == chargebandId
                && chargeband.OnlineBookingEnabled
                && chargeband.InviteCodeNormalized == normalizedCode
                && (chargeband.InviteCodeUsageCap == null || chargeband.InviteCodeSignUpCount < chargeband.InviteCodeUsageCap))
            .ExecuteUpdateAsync(setters => setters.SetProperty(chargeband => chargeband.InviteCodeSignUpCount, chargeband => chargeband.InviteCodeSignUpCount + 1), cancellationToken);
        return updated == 1;
    }

    public void Add(Chargeband chargeband) => db.Chargebands.Add(chargeband);

    public void Remove(Chargeband chargeband) => db.Chargebands.Remove(chargeband);
}
