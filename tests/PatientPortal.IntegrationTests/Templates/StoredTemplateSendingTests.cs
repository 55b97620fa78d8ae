using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Templates;

/// <summary>
/// A payment-in-advance email template stored without today's checks (saved before them, or written into the
/// database), sent through the real outbox, jobs and maildev: its HTML is sanitised, and one that breaks a
/// render limit fails its message as any template that does not render.
/// </summary>
public sealed class StoredTemplateSendingTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    [Fact]
    public async Task JavascriptAndDataLinks_InAStoredTemplate_AreRemovedBeforeTheEmailGoes()
    {
        await StoreAsync("""
            <p>Dear {{ patient.given_name }},</p>
            <p><a href="{{ 'javascript:alert(document.cookie)' }}">Pay now</a></p>
            <p><a href="{{ 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }}">Receipt</a> <img src="{{ 'data:image/png;base64,AAAA' }}" alt="logo"></p>
            <p style="{{ 'position:fixed;top:0;left:0;width:100%;height:100%' }}">Sign in again</p>
            <p><a href="{{ TRD104 }}">Pay safely</a></p>
            """);
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync());

        await portal.AppointmentsChangedAsync(appointmentId);

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.DoesNotContain("javascript:", received.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", received.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("position", received.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", received.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(">Pay now</a>", received.Html, StringComparison.Ordinal);
        Assert.Matches("<a href=\"http://localhost/[^\"]+\">Pay safely</a>", received.Html);
    }

    [Fact]
    public async Task AStoredTemplateOverARenderLimit_FailsItsMessage_WithTheLimitSaid()
    {
        await StoreAsync("<p>{% for i in (1..100000000) %}x{% endfor %}</p>");
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync());

        await portal.AppointmentsChangedAsync(appointmentId);

        var message = await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.SingleOrDefaultAsync(m => m.AppointmentId == appointmentId)),
            found => found?.Status == MessageStatus.Failed,
            "the payment message to fail");
        Assert.Equal("The message could not be written from its template: The range (1..100000000) has 100,000,000 values; a message template may go through at most 1,000.", message!.LastError);
        Assert.Empty(await portal.Mail.EmailsToAsync(email));
    }

    /// <summary>Writes a new version of the payment email's body straight into the database, as no save would today.</summary>
    private async Task StoreAsync(string body)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        await scope.ServiceProvider.GetRequiredService<TemplateService>().ListAsync(CancellationToken.None); // the shipped templates, seeded
        var template = await db.MessageTemplates.SingleAsync(t => t.Purpose == TemplatePurpose.PaymentInAdvance && t.Channel == MessageChannel.Email);
        db.MessageTemplateVersions.Add(template.Change(template.Subject, body, "a save before the rendered checks", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}
