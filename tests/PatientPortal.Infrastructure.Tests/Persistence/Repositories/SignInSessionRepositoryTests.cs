using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.SignIn.Sessions;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence.Repositories;

public sealed class SignInSessionRepositoryTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Renew_MovesTheExpiry_ButNeverBringsBackAnEndedSession()
    {
        var live = await AddAsync(Guid.NewGuid(), Now.AddMinutes(30));
        var ended = await AddAsync(Guid.NewGuid(), Now.AddMinutes(30));
        await InScope(sessions => sessions.EndAsync(ended, CancellationToken.None));

        var renewed = await InScope(sessions => sessions.RenewAsync(live, [9], Now.AddHours(1), CancellationToken.None));
        var revived = await InScope(sessions => sessions.RenewAsync(ended, [9], Now.AddHours(1), CancellationToken.None));

        Assert.True(renewed);
        Assert.False(revived);
        Assert.Equal(Now.AddHours(1), (await InScope(sessions => sessions.FindAsync(live, CancellationToken.None)))!.ExpiresAt);
        Assert.Null(await InScope(sessions => sessions.FindAsync(ended, CancellationToken.None)));
    }

    [Fact]
    public async Task EndAllForPatient_EndsThatPatientsSessionsOnly()
    {
        var patient = Guid.NewGuid();
        var phone = await AddAsync(patient, Now.AddMinutes(30));
        var laptop = await AddAsync(patient, Now.AddMinutes(30));
        var someoneElse = await AddAsync(Guid.NewGuid(), Now.AddMinutes(30));

        var ended = await InScope(sessions => sessions.EndAllForPatientAsync(patient, CancellationToken.None));

        Assert.Equal(2, ended);
        Assert.Null(await InScope(sessions => sessions.FindAsync(phone, CancellationToken.None)));
        Assert.Null(await InScope(sessions => sessions.FindAsync(laptop, CancellationToken.None)));
        Assert.NotNull(await InScope(sessions => sessions.FindAsync(someoneElse, CancellationToken.None)));
    }

    [Fact]
    public async Task TheSweeper_DeletesExpiredSessions_AndKeepsLiveOnes()
    {
        var expired = await AddAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1));
        var live = await AddAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(30));
        var sweeper = database.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ExpiredRecordsSweeper>().Single();

        await sweeper.SweepAsync(CancellationToken.None);

        Assert.Null(await InScope(sessions => sessions.FindAsync(expired, CancellationToken.None)));
        Assert.NotNull(await InScope(sessions => sessions.FindAsync(live, CancellationToken.None)));
    }

    private async Task<string> AddAsync(Guid patientId, DateTimeOffset expiresAt)
    {
        var key = Guid.NewGuid().ToString("N");
        await InScope(async sessions =>
        {
            await sessions.AddAsync(SignInSession.Start(key, "PatientPortal.Patient", patientId.ToString(), patientId, [1, 2, 3], Now, expiresAt), CancellationToken.None);
            return 0;
        });
        return key;
    }

    private Task<T> InScope<T>(Func<ISignInSessionRepository, Task<T>> work) =>
        database.Services.InScopeAsync(services => work(services.GetRequiredService<ISignInSessionRepository>()));

    private Task<int> InScope(Func<ISignInSessionRepository, Task> work) =>
        database.Services.InScopeAsync(async services =>
        {
            await work(services.GetRequiredService<ISignInSessionRepository>());
            return 0;
        });
}
