using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Appointments;

/// <summary>TRD104 end to end: an offline-booked video consultation with mandatory payment, through the real outbox, jobs and maildev.</summary>
public sealed class PaymentInAdvanceTests(EmailInvitationsOnlinePaymentsPortalFactory portal) : IClassFixture<EmailInvitationsOnlinePaymentsPortalFactory>
{
    [Fact]
    public async Task BookingAQualifyingAppointment_SendsExactlyOnePaymentInAdvanceMessage_EvenWhenToldThreeTimesAtOnce()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync());

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => portal.AppointmentsChangedAsync(appointmentId)));
        await portal.AppointmentsChangedAsync(appointmentId);

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.StartsWith("Please pay for your video consultation on ", received.Subject, StringComparison.Ordinal);
        Assert.Contains("Please pay £70.00 before the consultation.", received.Text, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await portal.Mail.EmailsToAsync(email));
        var message = Assert.Single(await portal.QueryAsync(db => db.OutboxMessages.Where(m => m.AppointmentId == appointmentId).ToListAsync()));
        Assert.Equal(MessagePurpose.PaymentInAdvance, message.Purpose);
        Assert.NotNull(await portal.QueryAsync(db => db.Appointments.Where(a => a.Id == appointmentId).Select(a => a.PaymentRequestedAt).SingleAsync()));
    }

    [Fact]
    public async Task TheTrd104Invitation_OnceCompleted_LandsOnTheAppointmentsPaymentPage()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync());

        await portal.AppointmentsChangedAsync(appointmentId);

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains("Set up my account and pay", received.Html, StringComparison.Ordinal);
        var browser = portal.Browser();
        using var completed = await InvitationPageScenario.CompleteAsync(browser, InvitationLink.PathOf(received));
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal($"/patient-portal/appointments/{appointmentId}/payment", completed.Headers.Location?.OriginalString);
        using var landed = await browser.GetAsync(completed.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Contains("£70.00 to pay before your consultation", WebUtility.HtmlDecode(await landed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var invitation = await portal.QueryAsync(db => db.Invitations.SingleAsync(i => i.PatientId == patientId));
        Assert.Equal(Core.Invitations.InvitationPurpose.PaymentInAdvance, invitation.Purpose);
        Assert.NotNull(invitation.CompletedAt);
    }

    [Fact]
    public async Task APatientWithAnAccount_GetsALinkStraightToThePaymentPage_AndNoInvitation()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: "quiet harbour lantern morning");
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync());

        await portal.AppointmentsChangedAsync(appointmentId);

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains($"/patient-portal/appointments/{appointmentId}/payment\">Sign in and pay</a>", received.Html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.QueryAsync(db => db.Invitations.CountAsync(i => i.PatientId == patientId)));
    }

    [Fact]
    public async Task AnAppointmentOnAMemberWithAPortal_InvitesToThatPortal()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var memberId = await portal.MemberWithPortalAsync("https://acme.portal.example/");
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync(), memberId: memberId);

        await portal.AppointmentsChangedAsync(appointmentId);

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.StartsWith("https://acme.portal.example/patient-portal/invitation?token=", InvitationLink.Of(received).AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("https://acme.portal.example/", await portal.QueryAsync(db => db.Invitations.Where(i => i.PatientId == patientId).Select(i => i.PortalBaseUrl).SingleAsync()));
    }

    [Theory]
    [InlineData(false, true, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public async Task AnAppointmentThatDoesNotQualify_SendsNothing(bool video, bool paymentMandatory, bool paid)
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync(), video, paymentMandatory, paid);

        await portal.AppointmentsChangedAsync(appointmentId);

        Assert.Equal(0, await portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.AppointmentId == appointmentId)));
        Assert.Null(await portal.QueryAsync(db => db.Appointments.Where(a => a.Id == appointmentId).Select(a => a.PaymentRequestedAt).SingleAsync()));
    }

    [Fact]
    public async Task APatientWhoDidNotConsent_GetsASuppressedMessageWithTheReason_AndNothingSent()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email, consent: false);
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync());

        await portal.AppointmentsChangedAsync(appointmentId);

        var message = Assert.Single(await portal.QueryAsync(db => db.OutboxMessages.Where(m => m.AppointmentId == appointmentId).ToListAsync()));
        Assert.Equal(MessageStatus.Suppressed, message.Status);
        Assert.Equal("The patient has not consented to email.", message.SuppressionReason);
        Assert.Empty(await portal.Mail.EmailsToAsync(email));
    }

    [Fact]
    public async Task ImportingAQualifyingAppointment_SendsOnePaymentMessage_AndImportingItAgainSendsNoMore()
    {
        var admin = await portal.AdminAsync();
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var serviceExternalId = $"SVC-{Guid.NewGuid():N}";
        using (var services = await admin.PostAsJsonAsync("/umbraco/management/api/v1/patient-portal/imports/services", new[] { new { externalId = serviceExternalId, name = "Video GP consultation", durationMinutes = 15, price = 70m, bookableOnline = true } }))
        {
            Assert.Equal(HttpStatusCode.OK, services.StatusCode);
        }

        var row = new
        {
            externalId = $"APT-{Guid.NewGuid():N}",
            patientId,
            serviceExternalId,
            start = DateTimeOffset.UtcNow.AddDays(2).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            amount = 70m,
            videoConsultation = true,
            bookedOffline = true,
            paymentMandatory = true,
            paid = false,
        };
        for (var i = 0; i < 2; i++)
        {
            using var imported = await admin.PostAsJsonAsync("/umbraco/management/api/v1/patient-portal/imports/appointments", new[] { row });
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.StartsWith("Please pay for your video consultation on ", received.Subject, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await portal.Mail.EmailsToAsync(email));
        Assert.Equal(1, await portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Purpose == MessagePurpose.PaymentInAdvance && m.PatientId == patientId)));
    }

    [Fact]
    public async Task AnAppointmentThatNoImportToldUsAbout_IsCaughtUpByThePeriodicRun()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync());

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Infrastructure.Jobs.PaymentRequestsJob>().RunAsync(CancellationToken.None);
        }

        Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Equal(1, await portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.AppointmentId == appointmentId)));
    }
}
