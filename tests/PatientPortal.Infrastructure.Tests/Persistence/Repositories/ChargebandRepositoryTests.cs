using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Chargebands;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence.Repositories;

public sealed class ChargebandRepositoryTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task ListLiveInviteCodes_HasTheCodesOfChargebandsWithOnlineBookingOn_Only()
    {
        var live = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode()));
        var disabled = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode(), disabled: true));
        var withoutCode = await Seed.SaveAsync(database.Services, Seed.Chargeband());

        var codes = await database.Services.InScopeAsync(scope => scope.GetRequiredService<IChargebandRepository>().ListLiveInviteCodesAsync(CancellationToken.None));

        Assert.Contains(new LiveInviteCode(live.Id, live.InviteCodeNormalized!), codes);
        Assert.DoesNotContain(codes, code => code.ChargebandId == disabled.Id || code.ChargebandId == withoutCode.Id);
    }

    [Fact]
    public async Task TryCountSignUp_WithACapOfTwo_GrantsTwoPlacesThenRefuses()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode(), usageCap: 2));

        var granted = new List<bool>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            granted.Add(await TryCountAsync(chargeband.Id, chargeband.InviteCodeNormalized!));
        }

        Assert.Equal([true, true, false], granted);
        Assert.Equal(2, (await FindAsync(chargeband.Id)).InviteCodeSignUpCount);
    }

    [Fact]
    public async Task TryCountSignUp_RacingForTheLastPlace_GrantsItToExactlyOne()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode(), usageCap: 1));

        var granted = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => TryCountAsync(chargeband.Id, chargeband.InviteCodeNormalized!))));

        Assert.Single(granted, place => place);
        Assert.Equal(1, (await FindAsync(chargeband.Id)).InviteCodeSignUpCount);
    }

    [Fact]
    public async Task TryCountSignUp_WhileOnlineBookingIsDisabled_Refuses()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode(), disabled: true));

        Assert.False(await TryCountAsync(chargeband.Id, chargeband.InviteCodeNormalized!));
        Assert.Equal(0, (await FindAsync(chargeband.Id)).InviteCodeSignUpCount);
    }

    [Fact]
    public async Task TryCountSignUp_WithACodeTheAdminHasSinceReplaced_Refuses()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode()));

        Assert.False(await TryCountAsync(chargeband.Id, Seed.UniqueCode().ToUpperInvariant()));
    }

    [Fact]
    public async Task TryCountSignUp_WithoutACap_CountsEverySignUp()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode()));

        for (var attempt = 0; attempt < 4; attempt++)
        {
            Assert.True(await TryCountAsync(chargeband.Id, chargeband.InviteCodeNormalized!));
        }

        Assert.Equal(4, (await FindAsync(chargeband.Id)).InviteCodeSignUpCount);
    }

    [Fact]
    public async Task FindByInviteCode_FindsTheChargebandByItsNormalizedCode()
    {
        var code = Seed.UniqueCode();
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(code));

        var found = await database.Services.InScopeAsync(scope =>
            scope.GetRequiredService<IChargebandRepository>().FindByInviteCodeAsync(InviteCode.Normalize(code.ToLowerInvariant()), CancellationToken.None));

        Assert.Equal(chargeband.Id, found?.Id);
        Assert.Equal(code, found?.InviteCode);
    }

    [Fact]
    public async Task InviteCodeTaken_IsFalseForTheChargebandThatHoldsIt_AndTrueForAnyOther()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode()));

        var (ownCode, otherChargeband) = await database.Services.InScopeAsync(async scope =>
        {
            var repository = scope.GetRequiredService<IChargebandRepository>();
            return (
                await repository.InviteCodeTakenAsync(chargeband.InviteCodeNormalized!, chargeband.Id, CancellationToken.None),
                await repository.InviteCodeTakenAsync(chargeband.InviteCodeNormalized!, Guid.NewGuid(), CancellationToken.None));
        });

        Assert.False(ownCode);
        Assert.True(otherChargeband);
    }

    private Task<bool> TryCountAsync(Guid chargebandId, string normalizedCode) =>
        database.Services.InScopeAsync(scope =>
            scope.GetRequiredService<IChargebandRepository>().TryCountSignUpAsync(chargebandId, normalizedCode, CancellationToken.None));

    private async Task<Chargeband> FindAsync(Guid id) =>
        await database.Services.InScopeAsync(scope => scope.GetRequiredService<IChargebandRepository>().FindAsync(id, CancellationToken.None))
        ?? throw new InvalidOperationException($"Chargeband {id} was not saved.");
}
