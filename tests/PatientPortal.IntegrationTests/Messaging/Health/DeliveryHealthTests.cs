using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PatientPortal.IntegrationTests.Messaging.Health;

public sealed class EmailOutageTests(EmailOutagePortalFactory portal) : IClassFixture<EmailOutagePortalFactory>
{
    [Fact]
    public async Task MailServerDown_ForTenMinutes_IsReported_AndAlertedOnceByText_ThenRecoveryClearsIt_AndIsAnnouncedByEmail()
    {
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMalert", status = "queued" }));
        var email = Registration.UniqueEmail("outage");
        await portal.InviteByEmailAsync(email);
        var start = portal.Clock.GetUtcNow();

        // The server is off (the relay was never started): each try fails and the message waits to be tried again.
        await portal.SendDueAsync(MessageChannel.Email);
        portal.Clock.Advance(TimeSpan.FromMinutes(9));
        await portal.SendDueAsync(MessageChannel.Email);
        await portal.CheckHealthAsync();

        var early = await portal.HealthAsync(MessageChannel.Email);
        Assert.Equal("Healthy", early.GetProperty("status").GetString());
        Assert.Equal(1, early.GetProperty("retrying").GetInt32());
        Assert.Empty(portal.Twilio.Requests());

        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await portal.SendDueAsync(MessageChannel.Email);
        var failing = await portal.HealthAsync(MessageChannel.Email);
        Assert.Equal("Failing", failing.GetProperty("status").GetString());
        Assert.Equal("ConsecutiveFailures", failing.GetProperty("failure").GetString());
        Assert.Equal(start, failing.GetProperty("since").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Contains("refused", failing.GetProperty("lastError").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, failing.GetProperty("retrying").GetInt32());
        Assert.Equal("Healthy", (await portal.HealthAsync(MessageChannel.Sms)).GetProperty("status").GetString());

        // Three workers check at once (each on its own connection), then one every minute for a while: one text to
        // the practice's alert number, none by the email that is down.
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(portal.CheckHealthAsync)));
        for (var minute = 0; minute < 5; minute++)
        {
            await portal.CheckHealthAsync();
            portal.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var alert = Assert.Single(portal.Twilio.Requests());
        Assert.Equal(OutagePortalFactory.AlertSms, alert["To"]);
        Assert.Contains("email not sending since", alert["Body"], StringComparison.Ordinal);
        var alerted = await portal.HealthAsync(MessageChannel.Email);
        Assert.Equal("Sms", alerted.GetProperty("alertedThrough").GetString());
        Assert.Equal(JsonValueKind.String, alerted.GetProperty("alertedAt").ValueKind);

        // The server is back: the next try goes, the report clears itself, and the practice hears so by email.
        portal.Relay.Start();
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await portal.SendDueAsync(MessageChannel.Email);
        Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        var recovered = await portal.HealthAsync(MessageChannel.Email);
        Assert.Equal("Healthy", recovered.GetProperty("status").GetString());
        Assert.Equal(0, recovered.GetProperty("retrying").GetInt32());

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(portal.CheckHealthAsync)));
        await portal.CheckHealthAsync();

        var notice = Assert.Single(await portal.Mail.WaitForEmailsAsync(portal.AlertEmail));
        Assert.Equal("Patient portal: email is back", notice.Subject);
        Assert.Single(portal.Twilio.Requests());
    }
}

public sealed class SmsOutageTests(SmsOutagePortalFactory portal) : IClassFixture<SmsOutagePortalFactory>
{
    [Fact]
    public async Task TwilioFailing_ForTenMinutes_IsAlertedOnceByEmail_AndItsRecoveryOnceToo()
    {
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500).WithBodyAsJson(new { code = 20500, message = "Internal Server Error" }));
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: "+447400" + Random.Shared.Next(100_000, 999_999));
        await portal.InviteAsync(patientId);

        await portal.SendDueAsync(MessageChannel.Sms);
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await portal.SendDueAsync(MessageChannel.Sms);
        for (var minute = 0; minute < 3; minute++)
        {
            await portal.CheckHealthAsync();
            portal.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var failing = await portal.HealthAsync(MessageChannel.Sms);
        Assert.Equal("Failing", failing.GetProperty("status").GetString());
        Assert.Equal("Email", failing.GetProperty("alertedThrough").GetString());
        var alert = Assert.Single(await portal.Mail.WaitForEmailsAsync(portal.AlertEmail));
        Assert.Equal("Patient portal: SMS is down", alert.Subject);
        Assert.Contains("Internal Server Error", alert.Text, StringComparison.Ordinal);
        // The text to the alert number was never tried: email works, and it goes first.
        Assert.DoesNotContain(portal.Twilio.Requests(), form => form["To"] == OutagePortalFactory.AlertSms);

        portal.Twilio.ResetAnswers();
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMback", status = "queued" }));
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await portal.SendDueAsync(MessageChannel.Sms);
        await portal.CheckHealthAsync();
        await portal.CheckHealthAsync();

        Assert.Equal("Healthy", (await portal.HealthAsync(MessageChannel.Sms)).GetProperty("status").GetString());
        var emails = await portal.Mail.WaitForEmailsAsync(portal.AlertEmail, 2);
        Assert.Equal(2, emails.Count);
        Assert.Contains(emails, received => received.Subject == "Patient portal: SMS is back");
        Assert.Equal("SMback", await portal.QueryAsync(db => db.OutboxMessages.Where(m => m.PatientId == patientId).Select(m => m.ProviderMessageId).SingleAsync()));
    }
}
