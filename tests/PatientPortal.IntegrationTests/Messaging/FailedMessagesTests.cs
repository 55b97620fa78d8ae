using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>A mail server down for longer than the retries last: messages end up failed, for the practice to send again.</summary>
public sealed class OneAttemptSmtpPortalFactory : PortalFactory
{
    public SwitchableSmtpRelay Relay { get; } = new(MaildevServer.Instance.SmtpPort);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Email:Port"] = Relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PatientPortal:Messaging:MaxAttempts"] = "1",
    };
}

public sealed class FailedMessagesTests(OneAttemptSmtpPortalFactory portal) : IClassFixture<OneAttemptSmtpPortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";

    [Fact]
    public async Task AFailedInvitation_IsListedForAttention_AndRetryingItSendsAFreshLinkOnce()
    {
        var admin = await portal.AdminAsync();
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var firstInvitation = (await portal.InviteAsync(patientId)).GetProperty("invitationId").GetGuid();
        var failed = await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.InvitationId == firstInvitation)),
            message => message.Status == MessageStatus.Failed,
            "the message to give up");
        var attention = await admin.GetJsonAsync($"{Api}/messages?status=Failed");
        Assert.Contains(attention.EnumerateArray(), message => message.GetProperty("id").GetGuid() == failed.Id);

        portal.Relay.Start();
        using var retried = await admin.PostAsync(new Uri($"{Api}/messages/{failed.Id}/retry", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var newInvitation = (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("newInvitationId").GetGuid();
        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains("/patient-portal/invitation?token=", received.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(OutboxMessage.LinkTokenPlaceholder, received.Html, StringComparison.Ordinal);
        var invitations = await portal.QueryAsync(db => db.Invitations.AsNoTracking().Where(i => i.PatientId == patientId).ToListAsync());
        Assert.Equal(InvitationState.Revoked, invitations.Single(i => i.Id == firstInvitation).State(DateTimeOffset.UtcNow));
        Assert.Equal(InvitationState.Pending, invitations.Single(i => i.Id == newInvitation).State(DateTimeOffset.UtcNow));
        var handled = await admin.GetJsonAsync($"{Api}/messages?status=Failed");
        Assert.DoesNotContain(handled.EnumerateArray(), message => message.GetProperty("id").GetGuid() == failed.Id);
        var replaced = await portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == failed.Id));
        Assert.Equal(MessageStatus.Suppressed, replaced.Status);
        Assert.Equal($"Sent again as a new invitation ({newInvitation}).", replaced.SuppressionReason);

        using var again = await admin.PostAsync(new Uri($"{Api}/messages/{Guid.NewGuid()}/retry", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }
}
