using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>A site on a fake clock whose mail server (<see cref="StallingSmtpServer"/>) drops the connection where a test says; no job worker.</summary>
public sealed class DroppingSmtpPortalFactory : FakeClockPortalFactory
{
    public StallingSmtpServer Smtp { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Email:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PatientPortal:Jobs:RunServer"] = "false",
    };

    /// <summary>Sends the messages that are due now, as the job the sweep queues would.</summary>
    public async Task SendDueAsync(IReadOnlyList<Guid> ids)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(MessageChannel.Email, ids, CancellationToken.None);
    }

    public Task<OutboxMessage> RowAsync(Guid id) => QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    private bool _disposed;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_disposed)
        {
            _disposed = true;
            Smtp.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

public sealed class PossiblySentEmailTests(DroppingSmtpPortalFactory portal) : IClassFixture<DroppingSmtpPortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";

    [Fact]
    public async Task AMailServerThatDropsAfterTheWholeMessage_LeavesItPossiblySent_NotResent_ShownToStaff_WhoCanSendItAgain()
    {
        portal.Smtp.Stall = SmtpStall.DropAfterData;
        var id = (await portal.QueueEmailsAsync([Registration.UniqueEmail()]))[0];
        var received = portal.Smtp.Messages;

        await portal.SendDueAsync([id]);
        portal.Clock.Advance(TimeSpan.FromHours(6));
        await portal.SendDueAsync([id]);

        var row = await portal.RowAsync(id);
        Assert.Equal((MessageStatus.PossiblySent, 1), (row.Status, row.Attempts));
        Assert.NotNull(row.OutcomeUnknownSince);
        Assert.Equal(received + 1, portal.Smtp.Messages);
        var admin = await portal.AdminAsync();
        var listed = (await admin.GetJsonAsync($"{Api}/messages?status=Failed&status=PossiblySent")).EnumerateArray().Single(message => message.GetProperty("id").GetGuid() == id);
        Assert.Equal("PossiblySent", listed.GetProperty("status").GetString());
        Assert.StartsWith("Possibly sent: the mail server had the whole message", listed.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.True((await admin.GetJsonAsync($"{Api}/dashboard/failed-deliveries")).GetProperty("count").GetInt32() >= 1);

        portal.Smtp.Stall = SmtpStall.None;
        using var retried = await admin.PostAsync(new Uri($"{Api}/messages/{id}/retry", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await portal.SendDueAsync([id]);

        var sent = await portal.RowAsync(id);
        Assert.Equal(MessageStatus.Sent, sent.Status);
        Assert.Null(sent.OutcomeUnknownSince);
        Assert.Equal(received + 2, portal.Smtp.Messages);
    }

    [Fact]
    public async Task AMailServerThatDropsBeforeTheMessage_IsRetriedAsBefore()
    {
        portal.Smtp.Stall = SmtpStall.DropBeforeData;
        var id = (await portal.QueueEmailsAsync([Registration.UniqueEmail()]))[0];
        var received = portal.Smtp.Messages;

        await portal.SendDueAsync([id]);
        var failed = await portal.RowAsync(id);
        portal.Smtp.Stall = SmtpStall.None;
        portal.Clock.Advance(TimeSpan.FromMinutes(5));
        await portal.SendDueAsync([id]);

        Assert.Equal((MessageStatus.Pending, 1), (failed.Status, failed.Attempts));
        Assert.Null(failed.OutcomeUnknownSince);
        Assert.NotNull(failed.LastError);
        var sent = await portal.RowAsync(id);
        Assert.Equal((MessageStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Equal(received + 1, portal.Smtp.Messages);
    }
}
