using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>No job worker, and the SMTP server behind a relay that counts connections.</summary>
public sealed class CountedSmtpPortalFactory : PortalFactory
{
    public CountedSmtpPortalFactory()
    {
        Relay.Start();
    }

    public SwitchableSmtpRelay Relay { get; } = new(MaildevServer.Instance.SmtpPort);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Email:Port"] = Relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PatientPortal:Jobs:RunServer"] = "false",
    };
}

/// <summary>STARTTLS required against a server that does not offer it (maildev, plain SMTP).</summary>
public sealed class StartTlsRequiredPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Email:SecureSocketOptions"] = "StartTls",
    };
}

public sealed class SmtpConnectionTests(CountedSmtpPortalFactory portal) : IClassFixture<CountedSmtpPortalFactory>
{
    [Fact]
    public async Task OneSendJob_ReusesOneSmtpConnection_ForEveryMessageInIt()
    {
        var emails = Enumerable.Range(0, 5).Select(_ => Registration.UniqueEmail()).ToList();
        var ids = new List<Guid>();
        foreach (var email in emails)
        {
            ids.Add(await portal.InviteByEmailAsync(email));
        }

        var before = portal.Relay.Connections;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(MessageChannel.Email, ids, CancellationToken.None);
        }

        foreach (var email in emails)
        {
            Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        }

        Assert.Equal(1, portal.Relay.Connections - before);
    }
}

public sealed class StartTlsTests(StartTlsRequiredPortalFactory portal) : IClassFixture<StartTlsRequiredPortalFactory>
{
    [Fact]
    public async Task WithStartTlsRequired_AServerWithoutIt_GetsNothing_AndTheMessageWaitsWithTheReason()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);

        await portal.InviteAsync(patientId);

        var row = await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId)),
            message => message.Attempts >= 1 && message.LastError is not null,
            "a refused attempt");
        Assert.NotEqual(MessageStatus.Sent, row.Status);
        Assert.Contains("STARTTLS", row.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await portal.Mail.EmailsToAsync(email));
    }
}
