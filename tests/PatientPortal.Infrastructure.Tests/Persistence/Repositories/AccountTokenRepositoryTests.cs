using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence.Repositories;

public sealed class AccountTokenRepositoryTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task TryConsume_SucceedsOnce_ThenRefuses()
    {
        var (token, _) = await IssueAsync();
        var consumedAt = Seed.Now.AddMinutes(5);

        var first = await TryConsumeAsync(token.Id, consumedAt);
        var second = await TryConsumeAsync(token.Id, consumedAt.AddMinutes(1));

        Assert.True(first);
        Assert.False(second);
        var stored = await FindAsync(token.TokenHash);
        Assert.Equal(consumedAt, stored?.ConsumedAt);
        Assert.False(stored!.IsUsable(consumedAt));
    }

    [Fact]
    public async Task TryConsume_OfAnUnknownToken_Refuses()
    {
        Assert.False(await TryConsumeAsync(Guid.NewGuid(), Seed.Now));
    }

    [Fact]
    public async Task FindByHash_FindsTheTokenFromTheRawLinkToken()
    {
        var (token, raw) = await IssueAsync();

        var found = await FindAsync(SecureToken.Hash(raw)!);

        Assert.Equal(token.Id, found?.Id);
        Assert.Equal(token.PatientId, found?.PatientId);
        Assert.Equal(token.ExpiresAt, found?.ExpiresAt);
        Assert.Null(await FindAsync(SecureToken.Hash(SecureToken.Generate())!));
    }

    private async Task<(AccountToken Token, string Raw)> IssueAsync()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode()));
        var patient = await Seed.SaveAsync(database.Services, Seed.SignedUp(chargeband.Id, Seed.Details("Mary", "O'Higgins", new DateOnly(1980, 4, 12), $"{Guid.NewGuid():N}@example.com", null)));
        var (token, raw) = AccountToken.Issue(patient.Id, TokenPurpose.EmailConfirmation, TimeSpan.FromHours(24), Seed.Now);
        await Seed.SaveAsync(database.Services, token);
        return (token, raw);
    }

    private Task<bool> TryConsumeAsync(Guid tokenId, DateTimeOffset now) =>
        database.Services.InScopeAsync(scope => scope.GetRequiredService<IAccountTokenRepository>().TryConsumeAsync(tokenId, now, CancellationToken.None));

    private Task<AccountToken?> FindAsync(string hash) =>
        database.Services.InScopeAsync(scope => scope.GetRequiredService<IAccountTokenRepository>().FindByHashAsync(hash, TokenPurpose.EmailConfirmation, CancellationToken.None));
}
