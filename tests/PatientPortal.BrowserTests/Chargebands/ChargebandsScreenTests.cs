using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Chargebands;

/// <summary>The chargebands screen (the package's Lit + Umbraco UI element) on the website's admin pages, in Chromium.</summary>
public sealed class ChargebandsScreenTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    [Fact]
    public async Task Admin_EnablesOnlineBookingWithNoNotifications_AndAClashingInviteCodeIsRefusedAtTheField()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/chargebands");

        // The seeded "Staff" chargeband has online booking off.
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Staff" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Online settings")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable online booking" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Allowing patient access").First).ToBeVisibleAsync();
        await page.GetByText("Allow with no notifications: nobody is messaged").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Allow with no notifications" })).ToBeCheckedAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "chargebands-allowing-access.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("On: Allow with no notifications.")).ToBeVisibleAsync();
        var code = page.GetByRole(AriaRole.Textbox, new() { Name = "Online sign-up invite code" });
        await code.FillAsync("WELCOME123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save online settings" }).ClickAsync();
        await Assertions.Expect(page.Locator("#inviteCodeError")).ToContainTextAsync("already used by another chargeband");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "chargebands-code-clash.png"), FullPage = true });

        await code.FillAsync("Staff2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save online settings" }).ClickAsync();
        // A word and a number: saved once the admin accepts the warning.
        await page.GetByText("Use this code anyway").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save online settings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Staff2026" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AGuessableCode_ShowsTheWarningAtTheField_UseThisCodeAnywaySavesIt_AndGenerateGivesOneThatSavesWithoutAWarning()
    {
        await portal.CreateOnlineChargebandAsync("Weekend clinic");
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/chargebands");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Weekend clinic" }).ClickAsync();
        var code = page.GetByRole(AriaRole.Textbox, new() { Name = "Online sign-up invite code" });
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save online settings" });
        var anyway = page.GetByRole(AriaRole.Checkbox, new() { Name = "Use this code anyway" });

        await code.FillAsync("Summer2026");
        await save.ClickAsync();
        await Assertions.Expect(page.Locator("#inviteCodeError")).ToContainTextAsync("easy to guess: it is a word and a number");
        await Assertions.Expect(anyway).Not.ToBeCheckedAsync();
        await page.ScreenshotAsync("chargebands-guessable-code");
        // Clicked by its label, as a person does: the checkbox's own input is drawn over by Umbraco UI.
        await page.GetByText("Use this code anyway").ClickAsync();
        await Assertions.Expect(anyway).ToBeCheckedAsync();
        await save.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Summer2026" })).ToBeVisibleAsync();
        await Assertions.Expect(anyway).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Generate a strong code" }).ClickAsync();
        await Assertions.Expect(code).ToHaveValueAsync(new Regex("^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}$"));
        var generated = await code.InputValueAsync();
        await save.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = generated })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#inviteCodeError")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AllowAndNotify_ShowsWhatItsRunWouldDo_BeforeAnyoneIsMessaged_AndCancelChangesNothing()
    {
        var name = $"Notify {Guid.NewGuid():N}"[..15];
        var chargebandId = await portal.CreateChargebandAsync(name);
        var emails = Enumerable.Range(0, 3).Select(_ => Registration.UniqueEmail("notify")).ToList();
        var patientIds = new List<Guid>();
        foreach (var email in emails)
        {
            patientIds.Add(await portal.AddPatientAsync(chargebandId, email));
        }

        await portal.AddPatientAsync(chargebandId, email: null);
        await portal.AddPatientAsync(chargebandId, Registration.UniqueEmail("notify-active"), password: "a long enough demo password for tests");
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/chargebands");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable online booking" }).ClickAsync();
        await page.GetByText("Allow and notify: invite every patient").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable", Exact = true }).ClickAsync();

        // The patients without an account, counted as the run will count them: three invited, one without contact details.
        var question = page.GetByRole(AriaRole.Dialog, new() { Name = $"Invite the patients of {name}?" });
        await Assertions.Expect(question).ToContainTextAsync($"messages 3 patients of {name} now");
        await Assertions.Expect(question.Locator("dd[data-outcome=Invited]")).ToHaveTextAsync("3");
        await Assertions.Expect(question.Locator("dd[data-outcome=SkippedNoContactDetails]")).ToHaveTextAsync("1");
        await page.ScreenshotAsync("chargebands-allow-and-notify-question");
        await question.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(question).ToHaveCountAsync(0);
        Assert.Equal(0, await portal.QueryAsync(db => db.OutboxMessages.CountAsync(m => patientIds.Contains(m.PatientId!.Value))));
        Assert.False(await portal.QueryAsync(db => db.Chargebands.Where(c => c.Id == chargebandId).Select(c => c.OnlineBookingEnabled).SingleAsync()));

        await page.GetByRole(AriaRole.Button, new() { Name = "Enable", Exact = true }).ClickAsync();
        await question.GetByRole(AriaRole.Button, new() { Name = "Enable and invite" }).ClickAsync();
        await Assertions.Expect(page.GetByText("On: Allow and notify.")).ToBeVisibleAsync();
        foreach (var email in emails)
        {
            Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        }
    }

    [Fact]
    public async Task TheInviteCodesDatesAndCap_AreShownEditedAndKept_AndAnEndBeforeTheStartIsRefusedAtItsField()
    {
        var name = $"Dates {Guid.NewGuid():N}"[..14];
        await portal.CreateOnlineChargebandAsync(name);
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/chargebands");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        var code = $"{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Online sign-up invite code" }).FillAsync(code);
        var from = page.GetByRole(AriaRole.Textbox, new() { Name = "Code works from" });
        var until = page.GetByRole(AriaRole.Textbox, new() { Name = "Code works until" });
        var cap = page.GetByRole(AriaRole.Spinbutton, new() { Name = "Most sign-ups with this code" });
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save online settings" });

        // Written as the practice writes dates (en-GB); an end before the start is refused next to the end.
        await from.FillAsync("01/03/2027");
        await from.DispatchEventAsync("change");
        await until.FillAsync("28/02/2027");
        await until.DispatchEventAsync("change");
        await save.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cannot stop working before it starts");

        await until.FillAsync("31/03/2027");
        await until.DispatchEventAsync("change");
        await cap.FillAsync("40");
        await save.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.GetByText("0 patients have signed up with this code.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("It is not accepting sign-ups today")).ToBeVisibleAsync();

        // Opened again, the screen shows what was saved, and saving the code alone keeps the dates and the cap.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        await Assertions.Expect(from).ToHaveValueAsync("01/03/2027");
        await Assertions.Expect(until).ToHaveValueAsync("31/03/2027");
        await Assertions.Expect(cap).ToHaveValueAsync("40");
        await page.GetByText("Allow online messaging").ClickAsync();
        await save.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        var saved = await portal.QueryAsync(db => db.Chargebands.Where(c => c.InviteCode == code)
            .Select(c => new { c.InviteCodeValidFrom, c.InviteCodeValidUntil, c.InviteCodeUsageCap }).SingleAsync());
        Assert.Equal((new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), 40), (saved.InviteCodeValidFrom!.Value, saved.InviteCodeValidUntil!.Value, saved.InviteCodeUsageCap!.Value));
    }
}
