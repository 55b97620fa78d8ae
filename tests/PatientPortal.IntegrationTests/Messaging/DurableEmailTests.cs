using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>A site whose SMTP server sits behind a relay the test turns off and on.</summary>
public sealed class RelayedSmtpPortalFactory : PortalFactory
{
    public SwitchableSmtpRelay Relay { get; } = new(MaildevServer.Instance.SmtpPort);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Email:Port"] = Relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>A site with no job worker: the test plays the workers (or their crashes) itself.</summary>
public sealed class NoWorkerPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Jobs:RunServer"] = "false",
        ["PatientPortal:Messaging:SweepGrace"] = "00:00:00",
    };
}

/// <summary>The same database after a restart, with a worker again.</summary>
public sealed class RestartedWorkerFactory(string databasePath) : PortalFactory
{
    public override string DatabasePath => databasePath;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Messaging:SweepGrace"] = "00:00:00",
    };
}

public sealed class SmtpDownTests(RelayedSmtpPortalFactory portal) : IClassFixture<RelayedSmtpPortalFactory>
{
    [Fact]
    public async Task Invitation_WhileSmtpIsDown_IsRetried_AndDeliveredOnceWhenItIsBack()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);

        await portal.InviteAsync(patientId);

        var failed = await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId)),
            row => row.Status == MessageStatus.Pending && row.Attempts >= 1 && row.LastError is not null,
            "a failed first attempt");
        Assert.NotNull(failed.ProtectedLinkToken);

        portal.Relay.Start();

        var emails = await portal.Mail.WaitForEmailsAsync(email);
        var sent = await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId)),
            row => row.Status == MessageStatus.Sent,
            "the message to be recorded as sent");
        Assert.True(sent.Attempts >= 2);
        await Task.Delay(1500);
        Assert.Single(await portal.Mail.EmailsToAsync(email));
        Assert.Single(emails);
    }
}

public sealed class DurableEmailTests(NoWorkerPortalFactory portal) : IClassFixture<NoWorkerPortalFactory>
{
    [Fact]
    public async Task SendJob_RunThreeTimesAtOnce_SendsTheMessageOnce()
    {
        var email = Registration.UniqueEmail();
        var messageId = await InviteAsync(email);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => DispatchAsync([messageId])));

        var row = await portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId));
        Assert.Equal(MessageStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        await Task.Delay(500);
        Assert.Single(await portal.Mail.WaitForEmailsAsync(email));

        await DispatchAsync([messageId]);
        await Task.Delay(300);
        Assert.Single(await portal.Mail.EmailsToAsync(email));
    }

    [Fact]
    public async Task WorkerKilledMidBatch_SendsTheRestOnce_AndNothingItAlreadySent()
    {
        var emails = Enumerable.Range(0, 5).Select(_ => Registration.UniqueEmail()).ToList();
        var ids = new List<Guid>();
        foreach (var email in emails)
        {
            ids.Add(await InviteAsync(email));
        }

        // The dead worker had sent the first two and was holding the other three when it died.
        await DispatchAsync(ids[..2]);
        var past = DateTimeOffset.UtcNow.AddMinutes(-1);
        var held = ids.Skip(2).ToList();
        await portal.QueryAsync(db => db.OutboxMessages.Where(m => held.Contains(m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Sending).SetProperty(m => m.ClaimId, Guid.NewGuid()).SetProperty(m => m.LeaseUntil, past).SetProperty(m => m.Attempts, 1)));

        int requeued;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            requeued = await scope.ServiceProvider.GetRequiredService<OutboxSweep>().RunAsync(CancellationToken.None);
        }

        await DispatchAsync(ids);

        Assert.True(requeued >= 3, $"The sweep queued {requeued} message(s) again.");
        foreach (var email in emails)
        {
            Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        }

        var statuses = await portal.QueryAsync(db => db.OutboxMessages.Where(m => ids.Contains(m.Id)).Select(m => m.Status).ToListAsync());
        Assert.All(statuses, status => Assert.Equal(MessageStatus.Sent, status));
    }

    [Fact]
    public async Task QueuedMessages_SurviveARestart_AndGoOutOnceWhenTheSiteComesBack()
    {
        // A site of its own: its restarted worker must not pick up the other tests' rows.
        using var crashed = new NoWorkerPortalFactory();
        var email = Registration.UniqueEmail();
        var messageId = await crashed.InviteByEmailAsync(email);
        Assert.Empty(await crashed.Mail.EmailsToAsync(email));

        // The in-memory job store is gone with the process; the outbox row is not.
        using var restarted = new RestartedWorkerFactory(crashed.DatabasePath);
        _ = restarted.Services;

        Assert.Single(await restarted.Mail.WaitForEmailsAsync(email));
        var row = await Eventually.WaitAsync(
            () => restarted.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == messageId)),
            message => message.Status == MessageStatus.Sent,
            "the message to be recorded as sent after the restart");
        Assert.Equal(1, row.Attempts);
        await Task.Delay(500);
        Assert.Single(await restarted.Mail.EmailsToAsync(email));
    }

    private Task<Guid> InviteAsync(string email) => portal.InviteByEmailAsync(email);

    private async Task DispatchAsync(IReadOnlyList<Guid> ids)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(MessageChannel.Email, ids, CancellationToken.None);
    }
}
