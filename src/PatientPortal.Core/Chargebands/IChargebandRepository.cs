namespace PatientPortal.Core.Chargebands;

public interface IChargebandRepository
{
    Task<Chargeband?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Chargeband>> ListAsync(CancellationToken cancellationToken);

    Task<Chargeband?> FindByInviteCodeAsync(string normalizedCode, CancellationToken cancellationToken);

    /// <summary>The codes of chargebands with online booking on (a practice has a handful).</summary>
    Task<IReadOnlyList<LiveInviteCode>> ListLiveInviteCodesAsync(CancellationToken cancellationToken);

    Task<bool> InviteCodeTakenAsync(string normalizedCode, Guid exceptChargebandId, CancellationToken cancellationToken);

    Task<int> CountPatientsAsync(Guid chargebandId, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one sign-up through the code, atomically refusing when the cap is reached, so two sign-ups
    /// racing for the last place cannot both win. Returns false when no place was left.
    /// </summary>
    Task<bool> TryCountSignUpAsync(Guid chargebandId, string normalizedCode, CancellationToken cancellationToken);

    void Add(Chargeband chargeband);

    void Remove(Chargeband chargeband);
}
