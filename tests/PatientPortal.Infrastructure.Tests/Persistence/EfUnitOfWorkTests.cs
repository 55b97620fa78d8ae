using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence;

public sealed class EfUnitOfWorkTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task SaveChanges_OfATakenInviteCode_ThrowsUniqueConstraintViolation_SoTheUseCaseCanAnswerConflict()
    {
        var code = Seed.UniqueCode();
        await Seed.SaveAsync(database.Services, Seed.Chargeband(code));

        await Assert.ThrowsAsync<UniqueConstraintViolationException>(() => Seed.SaveAsync(database.Services, Seed.Chargeband(code.ToLowerInvariant())));
    }

    [Fact]
    public async Task Transaction_NotCommitted_SavesNothing()
    {
        var chargeband = Seed.Chargeband(Seed.UniqueCode());

        await database.Services.InScopeAsync(async scope =>
        {
            var unitOfWork = scope.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(CancellationToken.None);
            scope.GetRequiredService<IChargebandRepository>().Add(chargeband);
            await unitOfWork.SaveChangesAsync(CancellationToken.None);
        });

        var found = await database.Services.InScopeAsync(scope => scope.GetRequiredService<IChargebandRepository>().FindAsync(chargeband.Id, CancellationToken.None));
        Assert.Null(found);
    }
}
