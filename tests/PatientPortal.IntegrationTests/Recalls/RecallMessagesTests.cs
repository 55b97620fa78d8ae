using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Invitations;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Recalls;

/// <summary>TRD89 end to end: the daily recall run, through the real outbox, jobs and maildev.</summary>
public sealed class RecallMessagesTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    [Fact]
    public async Task TheRecallRun_RunTwice_SendsOnce()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var recallId = await portal.RecallAsync(patientId, await portal.ServiceAsync("Physiotherapy follow-up"), Today);

        Assert.True(await portal.RunRecallsAsync() >= 1);
        Assert.Equal(0, await portal.RunRecallsAsync());

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Equal("Time to book your Physiotherapy follow-up", received.Subject);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await portal.Mail.EmailsToAsync(email));
        Assert.Equal(1, await portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.RecallId == recallId)));
    }

    [Fact]
    public async Task TheTrd89Invitation_OnceCompleted_LandsOnTheBookingSearchPreFilteredToTheService()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var serviceId = await portal.ServiceAsync("Well woman health check");
        await portal.RecallAsync(patientId, serviceId, Today);

        await portal.RunRecallsAsync();

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        var browser = portal.Browser();
        using var completed = await InvitationPageScenario.CompleteAsync(browser, InvitationLink.PathOf(received));
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal($"/patient-portal/book?service={serviceId}", completed.Headers.Location?.OriginalString);
        using var landed = await browser.GetAsync(completed.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Matches($"<option[^>]*value=\"{serviceId}\"[^>]*selected", await landed.Content.ReadAsStringAsync());
        Assert.Equal(InvitationPurpose.Recall, await portal.QueryAsync(db => db.Invitations.Where(i => i.PatientId == patientId).Select(i => i.Purpose).SingleAsync()));
    }

    [Fact]
    public async Task APatientWithAnAccount_GetsTheBookingSearchLink_AndNoInvitation()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: "quiet harbour lantern morning");
        var serviceId = await portal.ServiceAsync("Blood test");
        await portal.RecallAsync(patientId, serviceId, Today);

        await portal.RunRecallsAsync();

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains($"/patient-portal/book?service={serviceId}\">Book online</a>", received.Html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.QueryAsync(db => db.Invitations.CountAsync(i => i.PatientId == patientId)));
    }

    [Fact]
    public async Task RecallsNotYetDue_OrLongOverdue_AreNotSent()
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var serviceId = await portal.ServiceAsync();
        var future = await portal.RecallAsync(patientId, serviceId, Today.AddDays(10));
        var ancient = await portal.RecallAsync(patientId, serviceId, Today.AddYears(-2));

        await portal.RunRecallsAsync();

        Assert.Equal(0, await portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.RecallId == future || m.RecallId == ancient)));
    }
}

/// <summary>The daily run is a recurring Hangfire job on the practice's clock.</summary>
public sealed class RecallScheduleTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void TheRecallRun_IsRegisteredDaily_AtNineInThePracticesTimeZone()
    {
        _ = portal.Server;
        using var connection = portal.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();

        var recurring = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection).Single(job => job.Id == Infrastructure.Jobs.RecallJob.RecurringJobId);

        Assert.Equal("0 9 * * *", recurring.Cron);
        Assert.Equal("Europe/London", recurring.TimeZoneId);
        Assert.Equal(typeof(Infrastructure.Jobs.RecallJob), recurring.Job.Type);
    }
}
