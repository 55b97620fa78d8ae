using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Security;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class AccountTokenRepository(PatientPortalDbContext db) : IAccountTokenRepository
{
    public Task<AccountToken?> FindByHashAsync(string tokenHash, TokenPurpose purpose, CancellationToken cancellationToken) =>
        db.AccountTokens.AsNoTracking().FirstOrDefaultAsync(token => token.TokenHash == tokenHash && token.Purpose == purpose, cancellationToken);

    public void Add(AccountToken token) => db.AccountTokens.Add(token);

    public async Task<bool> TryConsumeAsync(Guid tokenId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Conditional UPDATE: of two requests racing with the same link, exactly one sees a row change.
        var updated = await db.AccountTokens
            .Where(token => token.Id == tokenId && token.ConsumedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(token => token.ConsumedAt, now), cancellationToken);
        return updated == 1;
    }
}
