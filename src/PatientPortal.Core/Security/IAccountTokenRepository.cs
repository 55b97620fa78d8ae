namespace PatientPortal.Core.Security;

public interface IAccountTokenRepository
{
    Task<AccountToken?> FindByHashAsync(string tokenHash, TokenPurpose purpose, CancellationToken cancellationToken);

    void Add(AccountToken token);

    /// <summary>Marks the token used unless it already was; false when another request consumed it first.</summary>
    Task<bool> TryConsumeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken);
}
