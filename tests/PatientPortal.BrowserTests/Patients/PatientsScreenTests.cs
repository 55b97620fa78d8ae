using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Patients;

/// <summary>The patients list, bulk invitation, patient profile and failed deliveries (the package's elements) in Chromium.</summary>
public sealed class PatientsScreenTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    private const int BulkCount = 50;

    [Fact]
    public async Task Admin_FiltersToAChargeband_AndBulkInvitesTheFiftyPatientsWithoutAnAccount_WatchingTheRunReachOneHundredPercent()
    {
        var chargebandName = $"Bulk {Guid.NewGuid():N}"[..13];
        var chargebandId = await portal.CreateChargebandAsync(chargebandName);
        for (var i = 0; i < BulkCount; i++)
        {
            await portal.AddPatientAsync(chargebandId, Registration.UniqueEmail("bulk"), familyName: $"Bulkfamily{i:D2}");
        }

        // One patient on the chargeband already has an account: the "No account" filter leaves it out.
        await portal.AddPatientAsync(chargebandId, Registration.UniqueEmail("bulk"), familyName: "Bulkaccount", password: "a long enough demo password for tests");
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Patients" }).ClickAsync();

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Chargeband" }).SelectOptionAsync(new SelectOptionValue { Label = chargebandName });
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "patients" })).ToHaveTextAsync($"{BulkCount + 1} patients");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Portal account" }).SelectOptionAsync(new SelectOptionValue { Label = "No account" });
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "patients" })).ToHaveTextAsync($"{BulkCount} patients");
        await page.ScreenshotAsync("patients-filtered");

        await page.GetByRole(AriaRole.Button, new() { Name = "Actions" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = $"Invite to patient portal: all {BulkCount} in this list" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Invite to patient portal" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Locator("dd[data-outcome=Invited]")).ToHaveTextAsync($"{BulkCount}");
        await Assertions.Expect(dialog.Locator("dd[data-outcome=ResetSent]")).ToHaveTextAsync("0");
        await page.ScreenshotAsync("patients-bulk-invite-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Start inviting" }).ClickAsync();

        var progress = page.GetByRole(AriaRole.Progressbar, new() { Name = "Invitation run progress" });
        await Assertions.Expect(progress).ToBeVisibleAsync();
        await Assertions.Expect(progress).ToHaveAttributeAsync("aria-valuenow", "100", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByText($"Done: {BulkCount} of {BulkCount} patients (100%).")).ToBeVisibleAsync();
        var outcomes = page.GetByRole(AriaRole.Table, new() { Name = "Outcome per patient" });
        await Assertions.Expect(outcomes.GetByRole(AriaRole.Cell, new() { Name = "Invited", Exact = true })).ToHaveCountAsync(25);
        await Assertions.Expect(page.GetByLabel("Outcomes").Locator("dd[data-outcome=Invited]")).ToHaveTextAsync($"{BulkCount}");
        await page.ScreenshotAsync("patients-bulk-invite-outcomes");

        await page.GetByRole(AriaRole.Button, new() { Name = "Go to page 2" }).Last.ClickAsync();
        await Assertions.Expect(outcomes.GetByRole(AriaRole.Cell, new() { Name = "Invited", Exact = true })).ToHaveCountAsync(25);
        var invited = await portal.QueryAsync(db => db.Invitations.CountAsync(invitation => db.Patients.Any(p => p.Id == invitation.PatientId && p.ChargebandId == chargebandId)));
        Assert.Equal(BulkCount, invited);
    }

    [Fact]
    public async Task APatientWithAnAccount_OpensFromTheList_WithResetPassword_TheResetShowsInTheHistories_AndResendAndRevokeAskFirst()
    {
        var chargebandId = await portal.CreateChargebandAsync($"Profile {Guid.NewGuid():N}"[..16]);
        var familyName = $"Resetfamily{Guid.NewGuid():N}"[..18];
        var email = Registration.UniqueEmail("reset");
        await portal.AddPatientAsync(chargebandId, email, familyName: familyName, password: "a long enough demo password for tests");
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/patients");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search patients by name, email or mobile" }).FillAsync(familyName);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "patient" })).ToHaveTextAsync("1 patient");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Mary {familyName}" }).ClickAsync();

        var reset = page.GetByRole(AriaRole.Button, new() { Name = "Reset password" });
        await Assertions.Expect(reset).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Invite to patient portal" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("Active", new() { Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync("patient-profile-with-account");

        await reset.ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Send the reset link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Password reset link sent by email.");
        var invitations = page.GetByRole(AriaRole.Table, new() { Name = "Invitations" });
        await Assertions.Expect(invitations.GetByRole(AriaRole.Cell, new() { Name = "Password reset", Exact = true })).ToBeVisibleAsync();
        var messages = page.GetByRole(AriaRole.Table, new() { Name = "Messages" });
        await Assertions.Expect(messages.GetByRole(AriaRole.Cell, new() { Name = email })).ToBeVisibleAsync();
        await page.ScreenshotAsync("patient-profile-reset-sent");

        // Resend asks first, naming the patient and where the link goes; cancelled, nothing is sent.
        var resend = invitations.GetByRole(AriaRole.Button, new() { NameRegex = new("^Resend the invitation") });
        await resend.ClickAsync();
        var question = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(question).ToContainTextAsync($"Resend the password reset link to Mary {familyName}?");
        await Assertions.Expect(question).ToContainTextAsync($"goes to Mary {familyName} at {email}");
        await question.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(question).ToHaveCountAsync(0);
        var resets = invitations.GetByRole(AriaRole.Cell, new() { Name = "Password reset", Exact = true });
        await Assertions.Expect(resets).ToHaveCountAsync(1);
        await resend.ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Send the new link" }).ClickAsync();
        await Assertions.Expect(resets).ToHaveCountAsync(2);

        var revoke = invitations.GetByRole(AriaRole.Button, new() { NameRegex = new("^Revoke the invitation") });
        await Assertions.Expect(revoke).ToHaveCountAsync(1);
        await revoke.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync($"sent to Mary {familyName} ({email})");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Revoke the link" }).ClickAsync();
        await Assertions.Expect(invitations.GetByRole(AriaRole.Cell, new() { Name = "Revoked", Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(invitations.GetByRole(AriaRole.Button, new() { NameRegex = new("^Revoke the invitation") })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task APatientWhoseNumberRepliedStop_ShowsOnTheProfileWhenAndHowTheTextsStopped()
    {
        var familyName = $"Stopfamily{Guid.NewGuid():N}"[..17];
        var patientId = await portal.AddPatientAsync(await portal.CreateChargebandAsync($"Stop {Guid.NewGuid():N}"[..13]), email: null, mobile: "+447400999001", familyName: familyName);
        await portal.QueryAsync(async db =>
        {
            var patient = await db.Patients.SingleAsync(p => p.Id == patientId);
            patient.OptOutOfSmsByReply("STOP", new DateTimeOffset(2026, 11, 30, 14, 5, 0, TimeSpan.Zero));
            return await db.SaveChangesAsync();
        });
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/patients");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search patients by name, email or mobile" }).FillAsync(familyName);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Mary {familyName}" }).ClickAsync();

        var optOut = page.Locator("pp-patient .opt-out");
        await Assertions.Expect(optOut).ToContainTextAsync("Opted out of texts 30 Nov 2026");
        await Assertions.Expect(optOut).ToContainTextAsync("replied “STOP”");
        await page.ScreenshotAsync("patient-profile-sms-opted-out");
    }

    [Fact]
    public async Task At200PercentZoom_TheTableScrollsInsideItsBox_AndThePageDoesNotScrollSideways_WithTheToolbarInView()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        // 1280 × 900 at 200% zoom is a 640 × 450 CSS-pixel window (WCAG 1.4.10 reflow).
        await page.SetViewportSizeAsync(640, 450);
        await page.GotoAsync("/admin/patients");
        await Assertions.Expect(page.Locator("pp-patients uui-table-row uui-checkbox").First).ToBeVisibleAsync();

        var widths = await page.EvaluateAsync<int[]>("""
            () => {
              const list = document.querySelector('pp-patients').shadowRoot;
              const scroller = list.querySelector('.table-scroll');
              return [document.documentElement.scrollWidth, window.innerWidth, scroller?.scrollWidth ?? -1, scroller?.clientWidth ?? -1];
            }
            """);
        Assert.True(widths[0] <= widths[1], $"The page scrolls sideways: {widths[0]} px of content in a {widths[1]} px window.");
        Assert.True(widths[2] > widths[3], $"The table should scroll inside its box: {widths[2]} px in {widths[3]} px.");
        var actions = page.Locator("pp-patients pp-actions-menu");
        await Assertions.Expect(actions).ToBeInViewportAsync();
        var box = (await actions.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 640, $"The Actions button should be in the window: x {box.X}, width {box.Width}.");
        await page.ScreenshotAsync("patients-200-percent-zoom");
    }

    [Fact]
    public async Task TheKeyboard_ReachesTheRowCheckboxesAndTheActionsMenu_WithVisibleFocus()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/patients");
        var actions = page.Locator("pp-patients uui-button[label=Actions]");
        var checkbox = page.Locator("pp-patients uui-table-row uui-checkbox").First;
        await Assertions.Expect(checkbox).ToBeVisibleAsync();
        var actionsUnfocused = await actions.ScreenshotAsync();
        var checkboxUnfocused = await checkbox.ScreenshotAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search patients by name, email or mobile" }).FocusAsync();

        await page.TabUntilAsync(name => name == "Actions");
        Assert.NotEqual(Convert.ToBase64String(actionsUnfocused), Convert.ToBase64String(await actions.ScreenshotAsync()));

        // The menu button pattern: Enter opens the menu on its first choice, Down and Up move (wrapping), Home and
        // End go to the ends, a choice that cannot be used now does nothing, Escape closes it and focus is back on Actions.
        await page.Keyboard.PressAsync("Enter");
        var menu = page.GetByRole(AriaRole.Menu, new() { Name = "Actions" });
        await Assertions.Expect(menu).ToBeVisibleAsync();
        var selectFirst = menu.GetByRole(AriaRole.Menuitem, new() { Name = "Invite to patient portal: select patients first" });
        var inviteAll = menu.GetByRole(AriaRole.Menuitem, new() { NameRegex = new("^Invite to patient portal: all") });
        await Assertions.Expect(selectFirst).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(inviteAll).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(selectFirst).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(inviteAll).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(selectFirst).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(selectFirst).ToHaveAttributeAsync("aria-disabled", "true");
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(inviteAll).ToBeFocusedAsync();
        await page.ScreenshotAsync("patients-actions-menu-keyboard");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(menu).ToBeHiddenAsync();
        Assert.Equal("Actions", await page.FocusedNameAsync());

        // Down on the button opens it too; Tab closes it and moves on.
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(selectFirst).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(menu).ToBeHiddenAsync();
        Assert.NotEqual("Actions", await page.FocusedNameAsync());
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search patients by name, email or mobile" }).FocusAsync();
        await page.TabUntilAsync(name => name == "Actions");

        var passed = await page.TabUntilAsync(name => name?.StartsWith("Select ", StringComparison.Ordinal) == true && name != "Select every patient on this page");
        Assert.Contains("Select every patient on this page", passed);
        Assert.NotEqual(Convert.ToBase64String(checkboxUnfocused), Convert.ToBase64String(await checkbox.ScreenshotAsync()));
        await page.ScreenshotAsync("patients-row-checkbox-focus");

        // Space ticks the focused row, and the count says so.
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "selected" })).ToContainTextAsync("1 selected");
    }

    [Fact]
    public async Task AFailedDelivery_IsListedWithItsPatient_SendAgainSendsAFreshInvitation_AndTheNameOpensTheProfile()
    {
        var email = Registration.UniqueEmail("failed");
        var familyName = $"Failedfamily{Guid.NewGuid():N}"[..19];
        var patientId = await portal.AddPatientAsync(await portal.CreateChargebandAsync($"Failed {Guid.NewGuid():N}"[..15]), email, familyName: familyName);
        var invitationId = await portal.InviteAsync(patientId);
        var messageId = (await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.InvitationId == invitationId)),
            message => message?.Status == MessageStatus.Sent,
            "the invitation to be sent"))!.Id;
        await portal.QueryAsync(async db =>
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == messageId);
            message.Fail("SMTP server refused the connection (test)", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Failed deliveries" }).ClickAsync();

        var failed = page.GetByRole(AriaRole.Table, new() { Name = "Failed deliveries" });
        await Assertions.Expect(failed.GetByRole(AriaRole.Cell, new() { Name = email, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(failed.GetByRole(AriaRole.Cell, new() { Name = "SMTP server refused the connection (test)" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("failed-deliveries");

        await failed.GetByRole(AriaRole.Button, new() { Name = $"Send again to {email}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"A fresh invitation is on its way to {email}.");
        var row = failed.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
        await Assertions.Expect(row.GetByText("Sent again", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Send again to {email}" })).ToHaveCountAsync(0);
        await portal.Mail.WaitForEmailsAsync(email, 2);

        // The row names whose message it was, and the name opens their profile.
        await row.GetByRole(AriaRole.Link, new() { Name = $"Mary {familyName}" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/admin/patients/{patientId}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Invitations" })).ToBeVisibleAsync();
    }
}
