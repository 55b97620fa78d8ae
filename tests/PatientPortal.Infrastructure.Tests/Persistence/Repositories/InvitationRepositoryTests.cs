using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Patients;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence.Repositories;

/// <summary>The invitation's atomic updates, as SQL on a real SQLite file.</summary>
public sealed class InvitationRepositoryTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task RecordFailedIdentityCheck_LocksAtTheFifth_EvenWhenTheGuessesArriveTogether()
    {
        var invitation = await SaveInvitationAsync();

        var counts = await Task.WhenAll(Enumerable.Range(0, 7).Select(_ =>
            database.Services.InScopeAsync(scope => scope.GetRequiredService<IInvitationRepository>().RecordFailedIdentityCheckAsync(invitation.Id, Seed.Now, CancellationToken.None))));

        var stored = await FindAsync(invitation.Id);
        Assert.Equal(7, stored.FailedIdentityChecks);
        Assert.Equal(Enumerable.Range(1, 7), counts.Order());
        Assert.Equal(InvitationState.Locked, stored.State(Seed.Now));
        Assert.Equal(Seed.Now, stored.LockedAt);
    }

    [Fact]
    public async Task RecordFailedIdentityCheck_BelowTheLimit_DoesNotLock()
    {
        var invitation = await SaveInvitationAsync();

        for (var i = 0; i < Invitation.MaxIdentityChecks - 1; i++)
        {
            await database.Services.InScopeAsync(scope => scope.GetRequiredService<IInvitationRepository>().RecordFailedIdentityCheckAsync(invitation.Id, Seed.Now, CancellationToken.None));
        }

        Assert.Equal(InvitationState.Pending, (await FindAsync(invitation.Id)).State(Seed.Now));
    }

    [Fact]
    public async Task TryComplete_SucceedsOnce_WhenTwoRequestsRace()
    {
        var invitation = await SaveInvitationAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            database.Services.InScopeAsync(scope => scope.GetRequiredService<IInvitationRepository>().TryCompleteAsync(invitation.Id, Seed.Now, CancellationToken.None))));

        Assert.Single(results, completed => completed);
        Assert.Equal(InvitationState.Completed, (await FindAsync(invitation.Id)).State(Seed.Now));
    }

    [Fact]
    public async Task RevokeOpen_RevokesOnlyTheOpenLinksOfThosePatients()
    {
        var open = await SaveInvitationAsync();
        var completed = await SaveInvitationAsync(open.PatientId);
        await database.Services.InScopeAsync(scope => scope.GetRequiredService<IInvitationRepository>().TryCompleteAsync(completed.Id, Seed.Now, CancellationToken.None));
        var someoneElses = await SaveInvitationAsync();

        var revoked = await database.Services.InScopeAsync(scope => scope.GetRequiredService<IInvitationRepository>().RevokeOpenAsync([open.PatientId], Seed.Now, CancellationToken.None));

        Assert.Equal(1, revoked);
        Assert.Equal(InvitationState.Revoked, (await FindAsync(open.Id)).State(Seed.Now));
        Assert.Equal(InvitationState.Completed, (await FindAsync(completed.Id)).State(Seed.Now));
        Assert.Equal(InvitationState.Pending, (await FindAsync(someoneElses.Id)).State(Seed.Now));
    }

    private async Task<Invitation> SaveInvitationAsync(Guid? patientId = null)
    {
        if (patientId is null)
        {
            var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode()));
            var patient = await Seed.SaveAsync(database.Services, Patient.Register(Seed.Details("Mary", "O'Higgins", new DateOnly(1980, 4, 12), "mary@example.com", null), chargeband.Id, Seed.Now));
            patientId = patient.Id;
        }

        var (invitation, _) = Invitation.Issue(patientId.Value, InvitationPurpose.PortalAccess, null, null, TimeSpan.FromHours(72), "admin", null, Seed.Now);
        await database.Services.InScopeAsync(async scope =>
        {
            scope.GetRequiredService<IInvitationRepository>().Add(invitation);
            await scope.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        });
        return invitation;
    }

    private Task<Invitation> FindAsync(Guid id) =>
        database.Services.InScopeAsync(async scope => (await scope.GetRequiredService<IInvitationRepository>().FindAsync(id, CancellationToken.None))!);
}
