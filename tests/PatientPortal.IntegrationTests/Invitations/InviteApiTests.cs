using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Invitations;

/// <summary>"Invite to patient portal" on one patient, through the management API, with real email delivery.</summary>
public sealed class InviteApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";

    [Fact]
    public async Task Invite_APatientWithoutAccount_SendsOneInvitationEmail_AndTheProfileShowsItDelivered()
    {
        var admin = await portal.AdminAsync();
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var before = await admin.GetJsonAsync($"{Api}/patients/{patientId}");
        Assert.Equal("Invite", before.GetProperty("patient").GetProperty("portalAction").GetString());
        Assert.Equal("Invite to patient portal", before.GetProperty("patient").GetProperty("portalActionLabel").GetString());

        using var response = await admin.PostAsync(new Uri($"{Api}/patients/{patientId}/invitations", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invite = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Invited", invite.GetProperty("outcome").GetString());
        Assert.Equal(["Email"], invite.GetProperty("channels").EnumerateArray().Select(c => c.GetString()!).ToArray());
        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains("invitation", received.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires in 3 days", received.Text, StringComparison.Ordinal);
        Assert.Matches("/patient-portal/invitation\\?token=[A-Za-z0-9_-]{43}", received.Html);

        var profile = await Eventually.WaitAsync(
            () => admin.GetJsonAsync($"{Api}/patients/{patientId}"),
            json => json.GetProperty("messages").EnumerateArray().Any(m => m.GetProperty("status").GetString() == "Sent"),
            "the message to show as sent");
        var message = Assert.Single(profile.GetProperty("messages").EnumerateArray());
        Assert.Equal("Email", message.GetProperty("channel").GetString());
        Assert.Equal("Invited", profile.GetProperty("patient").GetProperty("accountStatus").GetString());
        Assert.Equal("Pending", Assert.Single(profile.GetProperty("invitations").EnumerateArray()).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Invite_NeverStoresTheLinkTokenReadable_AndErasesItOnceSent()
    {
        var admin = await portal.AdminAsync();
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);

        (await admin.PostAsync(new Uri($"{Api}/patients/{patientId}/invitations", UriKind.Relative), null)).Dispose();

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        var token = System.Text.RegularExpressions.Regex.Match(received.Html ?? string.Empty, "token=([A-Za-z0-9_-]{43})").Groups[1].Value;
        var message = await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId)),
            row => row.Status == MessageStatus.Sent,
            "the outbox row to be marked sent");
        Assert.Null(message.ProtectedLinkToken);
        Assert.DoesNotContain(token, message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(token, message.TextBody, StringComparison.Ordinal);
        var invitation = await portal.QueryAsync(db => db.Invitations.SingleAsync(i => i.PatientId == patientId));
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(64, invitation.TokenHash.Length);
    }

    [Fact]
    public async Task Invite_APatientWithAPassword_SendsAResetLinkOf15Minutes_AndTheButtonReadsResetPassword()
    {
        var admin = await portal.AdminAsync();
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: "a long enough seeded password");
        var profile = await admin.GetJsonAsync($"{Api}/patients/{patientId}");
        Assert.Equal("ResetPassword", profile.GetProperty("patient").GetProperty("portalAction").GetString());
        Assert.Equal("Reset password", profile.GetProperty("patient").GetProperty("portalActionLabel").GetString());

        using var response = await admin.PostAsync(new Uri($"{Api}/patients/{patientId}/invitations", UriKind.Relative), null);

        var invite = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ResetSent", invite.GetProperty("outcome").GetString());
        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains("Reset your", received.Subject, StringComparison.Ordinal);
        Assert.Contains("expires in 15 minutes", received.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_AFamilyMember_IsRefusedWithTheReason_AndSendsNothing()
    {
        var admin = await portal.AdminAsync();
        var chargeband = await portal.ChargebandAsync();
        var email = Registration.UniqueEmail();
        var holder = await portal.AddPatientAsync(chargeband, Registration.UniqueEmail());
        var member = await portal.AddPatientAsync(chargeband, email, primaryAccountHolderId: holder);

        using var response = await admin.PostAsync(new Uri($"{Api}/patients/{member}/invitations", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("family member", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await portal.QueryAsync(db => db.Invitations.CountAsync(i => i.PatientId == member)));
        Assert.Equal(0, await portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.PatientId == member)));
    }

    [Fact]
    public async Task Invite_APatientWithNoContactDetails_IsRefused()
    {
        var admin = await portal.AdminAsync();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null);

        using var response = await admin.PostAsync(new Uri($"{Api}/patients/{patientId}/invitations", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("no email address or mobile", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reinvite_RevokesTheEarlierLink_AndRevokeAndResendAreAudited()
    {
        var admin = await portal.AdminAsync();
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var first = await (await admin.PostAsync(new Uri($"{Api}/patients/{patientId}/invitations", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        var firstId = first.GetProperty("invitationId").GetGuid();

        using var resent = await admin.PostAsync(new Uri($"{Api}/invitations/{firstId}/resend", UriKind.Relative), null);
        var secondId = (await resent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationId").GetGuid();
        using var revoked = await admin.PostAsync(new Uri($"{Api}/invitations/{secondId}/revoke", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var states = await portal.QueryAsync(db => db.Invitations.Where(i => i.PatientId == patientId).ToListAsync());
        Assert.Equal(2, states.Count);
        Assert.All(states, invitation => Assert.Equal(InvitationState.Revoked, invitation.State(DateTimeOffset.UtcNow)));
        await portal.Mail.WaitForEmailsAsync(email, 2);
        var audit = await admin.GetJsonAsync($"{Api}/audit-log?subjectType=patient&subjectId={patientId}");
        var actions = audit.EnumerateArray().Select(entry => entry.GetProperty("action").GetString()).ToList();
        Assert.Equal(["invitation.revoked", "invitation.sent", "invitation.sent"], actions);
        Assert.All(audit.EnumerateArray(), entry => Assert.Equal("admin", entry.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Revoke_AnUnknownInvitation_IsNotFound()
    {
        using var response = await (await portal.AdminAsync()).PostAsync(new Uri($"{Api}/invitations/{Guid.NewGuid()}/revoke", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Invite_WithoutBackofficeSignIn_IsUnauthorized_AndSendsNothing()
    {
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), Registration.UniqueEmail());

        using var response = await portal.Browser().PostAsync(new Uri($"{Api}/patients/{patientId}/invitations", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await portal.QueryAsync(db => db.Invitations.CountAsync(i => i.PatientId == patientId)));
    }

    [Fact]
    public async Task PatientsList_FiltersByChargebandAccountAndText()
    {
        var admin = await portal.AdminAsync();
        var chargeband = await portal.ChargebandAsync();
        await portal.AddPatientAsync(chargeband, Registration.UniqueEmail(), familyName: "Zebedee");
        await portal.AddPatientAsync(chargeband, Registration.UniqueEmail(), familyName: "Zebedee", password: "a long enough seeded password");
        await portal.AddPatientAsync(chargeband, Registration.UniqueEmail(), familyName: "Other");

        var all = await admin.GetJsonAsync($"{Api}/patients?chargebandId={chargeband}");
        var withoutAccount = await admin.GetJsonAsync($"{Api}/patients?chargebandId={chargeband}&hasAccount=false&search=zebe");

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(1, withoutAccount.GetProperty("total").GetInt32());
        Assert.Equal("Zebedee", Assert.Single(withoutAccount.GetProperty("items").EnumerateArray()).GetProperty("familyName").GetString());
    }
}
