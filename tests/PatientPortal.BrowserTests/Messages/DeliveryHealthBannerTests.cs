using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Messaging.Health;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Messages;

/// <summary>
/// The site in Chromium with its SMTP server behind a relay that starts off: email is down. A channel counts as down
/// after one second here, and retries come at least every second, so recovery shows at once.
/// </summary>
public sealed class MailServerDownBrowserPortalFactory : BrowserPortalFactory
{
    public SwitchableSmtpRelay Relay { get; } = new(MaildevServer.Instance.SmtpPort);

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["PatientPortal:Email:Port"] = Relay.Port.ToString(CultureInfo.InvariantCulture);
            settings["PatientPortal:Messaging:AlertAfterFailingFor"] = "00:00:01";
            settings["PatientPortal:Messaging:MaxRetryDelay"] = "00:00:01";
            settings["PatientPortal:Messaging:MaxAttempts"] = "100";
            return settings;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Relay.Stop();
    }
}

public sealed class DeliveryHealthBannerTests(MailServerDownBrowserPortalFactory portal) : IClassFixture<MailServerDownBrowserPortalFactory>
{
    [Fact]
    public async Task MailServerDown_ShowsTheBanner_OnTheDashboardAndFailedDeliveries_AndItClearsByItselfWhenEmailGoesAgain()
    {
        portal.Relay.Stop();
        var email = Registration.UniqueEmail("banner");
        await portal.InviteAsync(await portal.AddPatientAsync(await portal.CreateChargebandAsync($"Banner {Guid.NewGuid():N}"[..15]), email));
        await Eventually.WaitAsync(EmailIsDownAsync, down => down, "email to count as down");

        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        // The banner reads the health every 30 seconds: the page's clock is moved on instead of waited for.
        await page.Clock.InstallAsync();
        await page.GotoAsync("/admin/dashboard");

        var banner = page.GetByRole(AriaRole.Alert, new() { Name = "Email is not going out" });
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("Every try since");
        await Assertions.Expect(banner).ToContainTextAsync("Last error:");
        await Assertions.Expect(banner).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d+ waiting, [1-9]\d* retrying, \d+ failed"));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert, new() { Name = "SMS is not going out" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("dashboard-email-down");

        await page.GotoAsync("/admin/messages");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await page.ScreenshotAsync("failed-deliveries-email-down");

        // The mail server is back: the retries go, and the banner clears at its next read without a reload.
        portal.Relay.Start();
        Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        await Eventually.WaitAsync(EmailIsDownAsync, down => !down, "email to count as sending again");
        await page.Clock.FastForwardAsync("00:31");
        await Assertions.Expect(banner).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Failed deliveries" }).Or(page.GetByText("No failed deliveries."))).ToBeVisibleAsync();

        // A retry already on its way when the server came back can fail once more (a connection made just before)
        // and the channel counts as down again until its next try a second later: the dashboard is opened once every
        // email has gone, when nothing can fail any more, so it must show no banner.
        await Eventually.WaitAsync(EmailHasSettledAsync, settled => settled, "every email to have gone and email to count as sending");
        await page.GotoAsync("/admin/dashboard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Needing attention" })).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ABulkRun_DoneInvitingWhileTheMailServerIsDown_ShowsItsMessagesRetrying_ThenAllSent()
    {
        portal.Relay.Stop();
        var chargebandName = $"Retry {Guid.NewGuid():N}"[..14];
        var chargebandId = await portal.CreateChargebandAsync(chargebandName);
        var emails = Enumerable.Range(0, 3).Select(_ => Registration.UniqueEmail("run-retry")).ToList();
        foreach (var email in emails)
        {
            await portal.AddPatientAsync(chargebandId, email);
        }

        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.Clock.InstallAsync();
        await page.GotoAsync("/admin/patients");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Chargeband" }).SelectOptionAsync(new SelectOptionValue { Label = chargebandName });
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "patients" })).ToHaveTextAsync("3 patients");
        await page.GetByRole(AriaRole.Button, new() { Name = "Actions" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Invite to patient portal: all 3 in this list" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Invite to patient portal" });
        await Assertions.Expect(dialog.Locator("dd[data-outcome=Invited]")).ToHaveTextAsync("3");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Start inviting" }).ClickAsync();

        // Done inviting, not done sending: the run says its messages are being tried again.
        await Assertions.Expect(page.GetByText("Done: 3 of 3 patients (100%).")).ToBeVisibleAsync();
        var delivery = page.Locator("pp-invitation-run p.delivery");
        await Assertions.Expect(delivery).ToContainTextAsync("3 retrying after a failure", new() { Timeout = 15_000 });
        await Assertions.Expect(delivery).ToContainTextAsync("will be tried again");
        await page.ScreenshotAsync("patients-run-retrying");

        portal.Relay.Start();
        foreach (var email in emails)
        {
            Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        }

        await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => emails.Contains(m.Recipient) && m.Status == MessageStatus.Sent)),
            sent => sent == 3,
            "the run's three emails to be recorded as sent");
        await page.Clock.FastForwardAsync("00:06");
        await Assertions.Expect(delivery).ToHaveTextAsync("Messages: 3 sent. All sent.");
    }

    private async Task<bool> EmailHasSettledAsync() =>
        !await EmailIsDownAsync()
        && await portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Channel == MessageChannel.Email && (m.Status == MessageStatus.Pending || m.Status == MessageStatus.Sending))) == 0;

    private async Task<bool> EmailIsDownAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var health = await scope.ServiceProvider.GetRequiredService<DeliveryHealth>().CheckAsync(CancellationToken.None);
        return health.Single(channel => channel.Channel == MessageChannel.Email).IsFailing;
    }
}
